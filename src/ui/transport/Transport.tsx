// The time transport under the 3D view: Play/Pause, Step forward (next healing stage), Forward a
// little, Reset all, the speed, and the "Simulated time" slider over a strip of the stages and
// sessions on the log-like axis. Scrubbing only sets the time, so it is instant.
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { axisToTime, timeToAxis, type IndicationId } from '../../model';
import { isRtl } from '../../i18n';
import { formatTime } from '../../i18n/formatTime';
import { useT } from '../../i18n/useT';
import { useCorium, type Speed } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { episodesOf, spanOf, step, togglePlay } from './actions';
import { stageName } from '../explain/stageText';
import { Icon } from './icons';
import { stripHeight, Timeline, type TimelineRow } from './Timeline';
import { scenarioTitle } from '../../i18n/scenarioText';
import { usePagePlayback } from './usePagePlayback';
import './transport.css';

const SLIDER_STEPS = 1000;
/** The slider thumb's width, px (transport.css draws it): the strip is inset by half of it. */
const THUMB_W = 16;
const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** Width of an element, kept up to date (the strip is drawn in pixels so its labels stay crisp). */
function useWidth<T extends HTMLElement>(fallback: number): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  // Measured before the first paint (no flash of a strip the wrong width), then kept up to date.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.round(el.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(0, Math.round(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** The time in words and its stage: with the slider, the only parts that follow the running clock. */
function TimeNow({ htmlFor, episodes, indication }: { htmlFor: string; episodes: ReturnType<typeof episodesOf>; indication: IndicationId | undefined }) {
  const t = useT();
  const timeHours = useCorium((s) => s.timeHours);
  const stage = (episodes.filter((e) => e.startHours <= timeHours).at(-1) ?? episodes[0]).stage;
  // Not a live region: the slider's value text carries the time, and stage changes are announced elsewhere.
  return <output htmlFor={htmlFor} aria-live="off" className="transport__now">{t('transport.time.now', { time: formatTime(timeHours), stage: stageName(stage, indication) })}</output>;
}

function TimeSlider({ id, spanHours, onKeyDown }: { id: string; spanHours: number; onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void }) {
  const timeHours = useCorium((s) => s.timeHours);
  return (
    <input id={id} type="range" className="transport__slider" min={0} max={SLIDER_STEPS} step={1}
      value={Math.round(timeToAxis(timeHours, spanHours) * SLIDER_STEPS)}
      aria-valuetext={formatTime(timeHours)}
      onKeyDown={onKeyDown}
      onChange={(e) => useCorium.getState().setTime(axisToTime(Number(e.target.value) / SLIDER_STEPS, spanHours))} />
  );
}

// The clock changes the time every frame while playing: only TimeNow and TimeSlider re-render then.
export function Transport() {
  const t = useT();
  const blocks = useBlocks();
  const span = spanOf(blocks);
  const eps = episodesOf(blocks);
  const playing = useCorium((s) => s.playing);
  const speed = useCorium((s) => s.speed);
  const lang = useCorium((s) => s.lang);
  const setSpeed = useCorium((s) => s.setSpeed);
  const [trackRef, trackWidth] = useWidth<HTMLDivElement>(480);
  const ids = useId();
  usePagePlayback(span);

  const rtl = isRtl();
  const { primary, secondary } = blocks;
  const compareEps = secondary ? episodesOf(blocks, 'secondary') : null;
  // Comparing, both scenarios' stages (left block on top): each wound runs its own course.
  const scenario = useCorium((s) => s.scenario);
  const custom = useCorium((s) => s.custom);
  const compare = useCorium((s) => s.compare);
  const rows = useMemo((): TimelineRow[] => [
    { episodes: eps, sessionsHours: primary.sessionsHours, name: scenarioTitle(scenario, custom), indication: primary.scenario.indication },
    ...(secondary && compareEps && compare ? [{ episodes: compareEps, sessionsHours: secondary.sessionsHours, name: scenarioTitle(compare, null), indication: secondary.scenario.indication }] : []),
    // lang: the names are read again in a new language.
  ], [eps, compareEps, primary, secondary, scenario, custom, compare, lang]);

  // Arrow keys move one notch of the log-like axis (the native step, 1/1000, is too fine to feel);
  // Page Up/Down and Shift+arrows jump a whole healing stage.
  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const forward = e.key === 'ArrowUp' || e.key === later;
    const back = e.key === 'ArrowDown' || e.key === earlier;
    const action = e.key === 'PageUp' || (forward && e.shiftKey) ? 'nextStage'
      : e.key === 'PageDown' || (back && e.shiftKey) ? 'previousStage'
        : forward ? 'forwardALittle' : back ? 'backALittle' : null;
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    step(action);
  };

  return (
    <section className="transport" aria-label={t('transport.bar')}>
      <div className="transport__buttons">
        <button type="button" className="transport__play" onClick={togglePlay}>
          <Icon name={playing ? 'pause' : 'play'} />{playing ? t('transport.pause') : t('transport.play')}
        </button>
        <button type="button" onClick={() => step('nextStage')}>
          <Icon name="stepForward" />{t('transport.stepForward')}
        </button>
        <button type="button" onClick={() => step('forwardALittle')}>
          <Icon name="forwardALittle" />{t('transport.forwardALittle')}
        </button>
        <div className="transport__speed" role="radiogroup" aria-labelledby={`${ids}-speed`}>
          <span id={`${ids}-speed`} className="transport__legend">{t('transport.speed.label')}</span>
          {SPEEDS.map((s) => (
            <label key={s} className="transport__radio">
              <input type="radio" name={`${ids}-speed`} value={s} checked={speed === s} onChange={() => setSpeed(s)} />
              <span>{t(`transport.speed.${s}`)}</span>
            </label>
          ))}
        </div>
        <button type="button" className="transport__reset" onClick={() => useCorium.getState().resetAll()}>
          <Icon name="reset" />{t('transport.reset')}
        </button>
      </div>
      <div className="transport__time">
        <label htmlFor={`${ids}-time`} className="transport__time-label">{t('transport.time.label')}</label>
        <TimeNow htmlFor={`${ids}-time`} episodes={eps} indication={primary.scenario.indication} />
      </div>
      <div className="transport__track" ref={trackRef} style={{ height: stripHeight(rows.length) }}>
        <div className="transport__strip" style={{ insetInline: THUMB_W / 2 }}>
          <Timeline rows={rows} spanHours={span} width={Math.max(0, trackWidth - THUMB_W)} rtl={rtl} lang={lang} />
        </div>
        <TimeSlider id={`${ids}-time`} spanHours={span} onKeyDown={onSliderKey} />
      </div>
    </section>
  );
}
