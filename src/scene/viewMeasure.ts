// How the 3D view's <Canvas> measures its container (R3F's `resize` prop, passed on to
// react-use-measure). R3F's own choice debounces scroll by 50 ms, and react-use-measure runs its
// ResizeObserver callback through that same scroll debounce: the renderer was made only 50 ms
// after the container was first laid out, with the page's main thread idle meanwhile (a gap of
// 60–100 ms before every cold load's first picture in traces; README, Performance). Here the
// size is taken at once. Scrolling is not tracked: nothing reads the canvas's page offset (the
// pointer is placed from the event's own offset), and an offset that changed with every scroll
// asked for a redraw of the view each time the page scrolled.
export const VIEW_MEASURE = { scroll: false, debounce: 0 } as const;
