// Injected by `npm run bench` before any page script (app and floor alike): tells frames apart,
// counts each frame's WebGL draw calls and triangles, notes the first frame with a picture and the
// first frame drawn with the app's full tissue program (the mark 'corium:full-detail'), and
// times each frame's JavaScript in wall time (the bench reports CPU time from a trace instead,
// tests/bench/trace.ts, which SwiftShader stealing a core cannot inflate). While frames are timed
// it can also pace the page's clock at 60 frames a second (useFrameClock, below).
// Plain browser JS on purpose: it is passed to Chromium as text, untouched by any bundler.
(() => {
  const realNow = performance.now.bind(performance);
  const now = realNow;
  /** One frame of the paced clock, ms. */
  const FRAME_MS = 1000 / 60;
  const TRIANGLES = 4, TRIANGLE_STRIP = 5, TRIANGLE_FAN = 6;
  const bench = {
    /** ms from navigation start to the end of the first frame whose pixels are not one flat colour. */
    firstFrameMs: null,
    /** ms from navigation start to the end of the frame in which the page set the full-detail mark (the app only). */
    fullDetailMs: null,
    frameCount: 0,
    /** Set by the bench while it times frames: see the microtask in the frame wrapper. */
    waitForGpu: false,
  };
  const onePixel = new Uint8Array(4);
  /** Set by src/scene/firstPicture.ts (FULL_DETAIL_MARK) when the full tissue program first draws. */
  const FULL_DETAIL_MARK = 'corium:full-detail';
  window.__bench = bench;

  // The paced clock. Software WebGL takes from a few tenths of a second to seconds per frame here,
  // so with the real clock every timed frame hit the playback's 0.1 s cap (advancePlayback) and
  // covered six times the playback of a frame on a device that keeps up at 60 per second. Paced,
  // every frame starts exactly 1/60 s after the last, at every puncture count; time within a frame
  // runs for real (capped short of the next frame's start, so the clock never goes backwards).
  let paced = false, pacedStart = 0, realStart = 0;
  performance.now = () => (paced ? pacedStart + Math.min(realNow() - realStart, FRAME_MS * 0.99) : realNow());
  /** From the next frame on, the page's performance.now() moves 1/60 s per frame. */
  bench.useFrameClock = () => { paced = true; pacedStart = realStart = realNow(); };

  let gl = null;
  const contexts = new WeakSet();
  let calls = 0, triangles = 0;
  const trianglesOf = (mode, count, instances) =>
    mode === TRIANGLES ? (count / 3) * instances : mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN ? Math.max(0, count - 2) * instances : 0;
  // Counting at the GL boundary sees every draw, whatever library issued it, in the app and the floor alike.
  const countDraws = (ctx) => {
    const wrap = (name, countArg, instanceArg) => {
      const original = ctx[name];
      if (typeof original !== 'function') return;
      ctx[name] = function (...args) {
        calls++;
        triangles += trianglesOf(args[0], args[countArg], instanceArg === null ? 1 : args[instanceArg]);
        return original.apply(this, args);
      };
    };
    wrap('drawArrays', 2, null);
    wrap('drawElements', 1, null);
    wrap('drawArraysInstanced', 2, 3);
    wrap('drawElementsInstanced', 1, 4);
    wrap('drawRangeElements', 3, null);
  };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    // The latest live context is the one drawing (pages may probe for WebGL support first).
    if (ctx && ctx !== gl && (type === 'webgl2' || type === 'webgl') && !ctx.isContextLost()) {
      if (!contexts.has(ctx)) { contexts.add(ctx); countDraws(ctx); }
      gl = ctx;
    }
    return ctx;
  };

  // Reads the frame just drawn, in the task that drew it (no preserveDrawingBuffer needed).
  const hasPicture = () => {
    const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
    if (!w || !h || gl.isContextLost()) return false;
    const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    const px = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
    let differing = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i] - px[0]) + Math.abs(px[i + 1] - px[1]) + Math.abs(px[i + 2] - px[2]) > 12) differing++;
    }
    return differing > 0.01 * w * h;
  };

  // Frames are told apart by the timestamp all of one frame's callbacks share. A frame's JS is its
  // callbacks plus the microtasks they queue (React renders store updates in a microtask).
  let frameTs = -1, frameJs = 0, sink = null, wanted = 0, onDone = null, before = null, onScrub = null, scrubTs = -1;
  const closeFrame = () => {
    if (frameTs < 0) return;
    bench.frameCount++;
    const record = { jsMs: frameJs, drawCalls: calls, triangles };
    if (onScrub && scrubTs === frameTs) { const f = onScrub; onScrub = null; f(record); }
    if (sink) {
      sink.push(record);
      if (sink.length >= wanted) { const done = onDone, out = sink; sink = null; onDone = null; done(out); }
    }
  };
  const raf = window.requestAnimationFrame.bind(window);
  // The app draws on demand (R3F frameloop="demand"): a change made at the start of a frame asks
  // for a frame, which would come one frame later. Requests made while the bench's scrub runs are
  // taken and run in the same frame instead, as an always-running loop would have drawn it.
  let caught = null;
  window.requestAnimationFrame = (cb) => (caught ? (caught.push(cb), 0) : raf((ts) => {
    if (ts !== frameTs) {
      closeFrame(); frameTs = ts; frameJs = 0; calls = 0; triangles = 0;
      if (paced) { pacedStart += FRAME_MS; realStart = realNow(); }
    }
    const t0 = now();
    if (before) {
      const f = before; before = null; scrubTs = ts;
      const requested = (caught = []);
      try { f(); } finally { caught = null; }
      for (const c of requested) c(ts);
    }
    try {
      cb(ts);
    } finally {
      const t1 = now();
      frameJs += t1 - t0;
      queueMicrotask(() => {
        frameJs += now() - t1;
        if (bench.firstFrameMs === null && gl && hasPicture()) bench.firstFrameMs = now();
        if (bench.fullDetailMs === null && gl && !gl.isContextLost() && performance.getEntriesByName(FULL_DETAIL_MARK).length > 0) {
          // Read back one pixel so the time includes the GPU finishing that frame (and the program).
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, onePixel);
          bench.fullDetailMs = now();
        }
        // SwiftShader rasterises on every core, so JS timed while it draws the last frame is
        // inflated by the CPU it steals. Waiting for it here (untimed) keeps the GPU's cost out of ours.
        if (bench.waitForGpu && gl && !gl.isContextLost()) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, onePixel);
      });
    }
  }));

  // A paused app asks for no frames at all: while the bench waits for frames, an empty callback
  // each frame keeps them coming (and tells them apart), costing nothing measurable.
  let pumping = false;
  const pump = () => { if (sink || before || onScrub) window.requestAnimationFrame(pump); else pumping = false; };
  const startPump = () => { if (!pumping) { pumping = true; window.requestAnimationFrame(pump); } };

  /** Resolves with the next `n` whole frames: [{ jsMs, drawCalls, triangles }]. */
  bench.record = (n) => new Promise((resolve) => { sink = []; wanted = n; onDone = resolve; startPump(); });
  /** Runs `action` at the start of the next frame and resolves with that frame's record. */
  bench.atNextFrame = (action) => new Promise((resolve) => { before = action; onScrub = resolve; startPump(); });
  const when = (key) => new Promise((resolve) => {
    const check = () => (bench[key] !== null ? resolve(bench[key]) : setTimeout(check, 20));
    check();
  });
  /** Resolves once the page has shown a picture. */
  bench.picture = () => when('firstFrameMs');
  /** Resolves once the app has drawn its full tissue program. */
  bench.fullDetail = () => when('fullDetailMs');
})();
