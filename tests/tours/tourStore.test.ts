// @vitest-environment happy-dom
// The tour store: starting saves the user's view and shows step 1 in one store update, next/back
// stay within the tour and lead to the quiz, and exiting restores exactly what the user had and
// gives focus back to the button that started the tour.
import { afterEach, describe, expect, it } from 'vitest';
import { useCorium } from '../../src/state/store';
import { useTours } from '../../src/ui/tours/tourStore';
import { startTour } from '../../src/ui/tours/TourLauncher';
import { tourById } from '../../src/ui/tours/tours';

const viewOf = () => {
  const s = useCorium.getState();
  return { scenario: s.scenario, compare: s.compare, timeHours: s.timeHours, view: s.view, layout: s.layout, labels: s.labels,
    site: s.site, hidden: s.hidden, playing: s.playing, custom: s.custom };
};

afterEach(() => {
  useTours.getState().exit();
  useCorium.getState().resetAll();
});

describe('tour store', () => {
  it('start applies step 1 in one update; next/back walk the steps; the last next opens the quiz', () => {
    const tour = tourById('session')!;
    let updates = 0;
    const stop = useCorium.subscribe(() => { updates++; });
    startTour('session');
    expect(updates).toBe(1);
    expect(useTours.getState()).toMatchObject({ tourId: 'session', stepIndex: 0, phase: 'steps' });
    expect(viewOf()).toMatchObject({ scenario: tour.steps[0].scenario, timeHours: tour.steps[0].timeHours, view: tour.steps[0].view, layout: tour.steps[0].layout });
    useTours.getState().back();
    expect(useTours.getState().stepIndex).toBe(0);
    for (let i = 1; i < tour.steps.length; i++) {
      updates = 0;
      useTours.getState().next();
      expect(updates).toBe(1);
      expect(useTours.getState().stepIndex).toBe(i);
      expect(viewOf()).toMatchObject({ scenario: tour.steps[i].scenario, compare: tour.steps[i].compare, timeHours: tour.steps[i].timeHours, view: tour.steps[i].view });
    }
    useTours.getState().next();
    expect(useTours.getState().phase).toBe('quiz');
    useTours.getState().next();
    expect(useTours.getState().phase).toBe('quiz');
    useTours.getState().back();
    expect(useTours.getState()).toMatchObject({ phase: 'steps', stepIndex: tour.steps.length - 1 });
    useTours.getState().back();
    expect(useTours.getState().stepIndex).toBe(tour.steps.length - 2);
    expect(viewOf().timeHours).toBe(tour.steps[tour.steps.length - 2].timeHours);
    stop();
  });

  it('exit restores the user’s previous view exactly, also after switching tours mid-way', () => {
    const c = useCorium.getState();
    c.setScenario('burn-deep-partial');
    c.setCompare('deep-incision');
    c.setTime(1234.5);
    c.setView('cells');
    c.setLayout('exploded');
    c.setLabels(false);
    c.setSite('back');
    c.setHidden('hypodermis', true);
    c.setPlaying(true);
    const before = viewOf();
    startTour('scar');
    useTours.getState().next();
    expect(viewOf()).not.toEqual(before);
    expect(viewOf().playing).toBe(false);
    startTour('layers');
    useTours.getState().next();
    useTours.getState().exit();
    expect(viewOf()).toEqual(before);
    expect(useTours.getState()).toMatchObject({ tourId: null, saved: null });
  });

  it('exit gives focus back to the opener, or to the launcher when the opener is gone', () => {
    const opener = document.createElement('button');
    const launcher = document.createElement('button');
    launcher.id = 'tours-launcher';
    document.body.append(opener, launcher);
    startTour('patient', opener);
    useTours.getState().exit();
    expect(document.activeElement).toBe(opener);
    startTour('patient', opener);
    opener.remove();
    useTours.getState().exit();
    expect(document.activeElement).toBe(launcher);
    launcher.remove();
  });

  it('ignores unknown tours and exit when no tour runs', () => {
    const before = viewOf();
    useTours.getState().startTour('nope' as never);
    expect(useTours.getState().tourId).toBeNull();
    useTours.getState().exit();
    useTours.getState().next();
    expect(viewOf()).toEqual(before);
  });
});
