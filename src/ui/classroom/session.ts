// The page's side of a class (a lazy chunk: Yjs and the Hocuspocus provider load only here).
// Teacher: what the app shows — the share-link address (src/state/url.ts), play state and speed,
// the camera's poses (the same channel the audience window follows), the tour step — goes to the
// server as it changes, and again in full each time the room is (re)synced. Student: the room's
// state is applied to the app while following; local changes are put back until the student
// chooses to explore, and "Bring everyone back" makes them follow again.
import { createRoom, StudentConnection, TeacherConnection, type ClassConnection } from '../../classroom/client';
import { cleanNickname, formatCode, normaliseCode, validAddress, validTourStep, type Question, type RoomView, type ViewKey } from '../../classroom/protocol';
import { useCorium, type CoriumState } from '../../state/store';
import { formatAddress, parseAddress } from '../../state/url';
import { cameraMoves, mirroredPoses, type CameraPose } from '../../scene/cameraCommands';
import { useTours } from '../tours/tourStore';
import { useClass, type ClassActions } from './classStore';

/** While playing, the teacher's time goes out at most this often (students' clocks run meanwhile). */
const PLAYING_TIME_EVERY_MS = 1000;
/** Camera poses and scrubbing go out at most this often. */
const MOVE_EVERY_MS = 80;

let connection: ClassConnection | null = null;
const stops: (() => void)[] = [];

const shownAddress = (s: CoriumState): string => formatAddress({ ...s, mode: 'explore', lang: null });
const poseArray = (p: CameraPose): number[] => [...p.position, ...p.target].map((x) => Math.round(x * 1e4) / 1e4);

/** A function that runs at most once per `ms`, the last call always arriving. */
function throttled(run: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) return;
    const wait = Math.max(0, last + ms - Date.now());
    timer = setTimeout(() => { timer = undefined; last = Date.now(); run(); }, wait);
  };
}

function leave(): void {
  for (const stop of stops.splice(0)) stop();
  connection?.destroy();
  connection = null;
  mirroredPoses.forget();
}

// ——— Teacher ———

function teacherView(): Pick<RoomView, ViewKey> {
  const s = useCorium.getState();
  const tours = useTours.getState();
  const pose = cameraMoves.last();
  return {
    address: shownAddress(s), playing: s.playing, speed: s.speed, camera: pose ? poseArray(pose) : null,
    tour: tours.tourId ? { id: tours.tourId, step: tours.stepIndex } : null, explore: useClass.getState().exploreAllowed,
  };
}

export async function startTeaching(origin: string): Promise<void> {
  leave();
  useClass.setState({ role: 'teacher', status: 'starting' });
  const room = await createRoom(origin);
  if (!room) { useClass.setState({ role: 'none', status: 'noServer' }); return; }
  const teacher = new TeacherConnection({ origin, code: room.code, onStatus: (status) => useClass.setState({ status }) }, room.token);
  connection = teacher;
  const joinUrl = `${origin}${window.location.pathname}?class=${room.code}`;
  useClass.setState({ code: room.code, joinUrl, status: 'connecting', students: 0, question: null, counts: {}, exploreAllowed: false });

  const show = (view: Partial<Pick<RoomView, ViewKey>>): void => teacher.say({ type: 'show', view });
  stops.push(teacher.onSynced(() => {
    show(teacherView());
    watchAnswers(teacher);
  }));
  const sendTime = throttled(() => show({ address: shownAddress(useCorium.getState()) }), MOVE_EVERY_MS);
  const sendPlayingTime = throttled(() => show({ address: shownAddress(useCorium.getState()) }), PLAYING_TIME_EVERY_MS);
  stops.push(useCorium.subscribe((s, prev) => {
    const address = shownAddress(s);
    if (address !== shownAddress(prev)) {
      // Time alone while playing: students' own clocks run; a correction each second.
      const onlyTime = shownAddress({ ...s, timeHours: prev.timeHours }) === shownAddress(prev);
      if (!onlyTime) show({ address });
      else if (s.playing) sendPlayingTime();
      else sendTime();
    }
    if (s.playing !== prev.playing || s.speed !== prev.speed) show({ playing: s.playing, speed: s.speed, address });
  }));
  const sendCamera = throttled(() => { const pose = cameraMoves.last(); if (pose) show({ camera: poseArray(pose) }); }, MOVE_EVERY_MS);
  stops.push(cameraMoves.listen(sendCamera));
  stops.push(useTours.subscribe((s, prev) => {
    if (s.tourId !== prev.tourId || s.stepIndex !== prev.stepIndex) show({ tour: s.tourId ? { id: s.tourId, step: s.stepIndex } : null });
  }));
  stops.push(() => teacher.destroy());

  const actions: ClassActions = {
    letExplore: (on) => { useClass.setState({ exploreAllowed: on }); show({ explore: on }); },
    bringBack: () => { useClass.setState({ exploreAllowed: false }); teacher.say({ type: 'recall' }); },
    ask: (tour, index) => teacher.say({ type: 'ask', question: { tour, index } }),
    reveal: () => teacher.say({ type: 'reveal' }),
    endQuestion: () => teacher.say({ type: 'endQuestion' }),
    follow: () => undefined, answer: () => undefined, setNickname: () => false,
    leave: () => { leave(); useClass.setState({ role: 'none', status: 'idle', code: null, joinUrl: null, actions: null }); },
  };
  useClass.setState({ actions });
}

/** The teacher's view of the room and the answers: student count, current question, counts per choice. */
function watchAnswers(teacher: TeacherConnection): void {
  const answersDoc = teacher.answers;
  if (!answersDoc) return;
  const room = teacher.room;
  const update = (): void => {
    const question = (room.get('question') as Question | null | undefined) ?? null;
    const counts: Record<string, number> = {};
    if (question) {
      for (const value of answersDoc.getMap<string>('answers').values()) {
        const [seq, choice] = value.split(':');
        if (Number(seq) === question.seq) counts[choice] = (counts[choice] ?? 0) + 1;
      }
    }
    const roster = answersDoc.getMap<string>('roster');
    // The server only writes nicknames cleanNickname took; shown as text (React never reads them as markup).
    const nicknames = [...roster.values()].filter((n) => typeof n === 'string' && n !== '').sort((a, b) => a.localeCompare(b));
    useClass.setState({ students: roster.size, question, counts, nicknames });
  };
  answersDoc.on('update', update);
  room.observe(update);
  update();
}

// ——— Student ———

let applying = false;

function applyRoom(room: Map<string, unknown> | { get(key: string): unknown }): void {
  const address = room.get('address');
  const s = useCorium.getState();
  applying = true;
  try {
    if (validAddress(address)) {
      const parsed = parseAddress(address.slice(1));
      s.applyAddress({ ...parsed.state, mode: s.mode, lang: null }, []);
    }
    const playing = room.get('playing');
    const speed = room.get('speed');
    if (typeof playing === 'boolean' && playing !== s.playing) s.setPlaying(playing);
    if ((speed === 'slow' || speed === 'normal' || speed === 'fast') && speed !== s.speed) s.setSpeed(speed);
  } finally {
    applying = false;
  }
  const camera = room.get('camera');
  if (Array.isArray(camera) && camera.length === 6) {
    mirroredPoses.send({ position: [camera[0], camera[1], camera[2]], target: [camera[3], camera[4], camera[5]] });
  }
}

export function joinClass(origin: string, rawCode: string): void {
  leave();
  const code = normaliseCode(rawCode);
  useClass.setState({ role: 'student', status: 'connecting', code: code ? formatCode(code) : rawCode, following: true, answered: null, question: null, teacherTour: null });
  if (!code) { useClass.setState({ status: 'ended' }); return; }
  const student = new StudentConnection({ origin, code, onStatus: (status) => useClass.setState({ status }) });
  connection = student;
  let lastRecall: number | null = null;

  const onRoom = (): void => {
    const room = student.room;
    const recall = (room.get('recall') as number | undefined) ?? 0;
    const explore = room.get('explore') === true;
    const question = (room.get('question') as Question | null | undefined) ?? null;
    const cls = useClass.getState();
    const broughtBack = lastRecall !== null && recall !== lastRecall;
    lastRecall = recall;
    const following = cls.following || broughtBack || !explore;
    const tour = room.get('tour');
    useClass.setState({
      teacherTour: validTourStep(tour) ? { id: tour.id, step: tour.step } : null,
      exploreAllowed: explore, question, following, broughtBack: broughtBack || (cls.broughtBack && following),
      answered: cls.answered && question && cls.answered.seq === question.seq ? cls.answered : null,
    });
    if (following) applyRoom(room);
  };
  let unobserve = (): void => undefined;
  stops.push(student.onSynced(() => {
    unobserve();
    const room = student.room;
    room.observe(onRoom);
    unobserve = () => room.unobserve(onRoom);
    onRoom();
    // A reconnect (or a restarted server) starts the roster afresh: the nickname goes again.
    const { nickname } = useClass.getState();
    if (nickname) student.say({ type: 'nickname', nickname });
  }));
  stops.push(() => unobserve());
  // While following, a change made here (a key, a click that got through) is put back.
  stops.push(useCorium.subscribe((s, prev) => {
    if (applying || !useClass.getState().following || student.status !== 'live') return;
    if (shownAddress({ ...s, timeHours: prev.timeHours }) !== shownAddress(prev) || s.playing !== prev.playing || s.speed !== prev.speed) {
      queueMicrotask(() => applyRoom(student.room));
    }
  }));
  stops.push(() => student.destroy());

  const actions: ClassActions = {
    letExplore: () => undefined, bringBack: () => undefined, ask: () => undefined, reveal: () => undefined, endQuestion: () => undefined,
    follow: (on) => {
      if (on) { useClass.setState({ following: true, broughtBack: false }); applyRoom(student.room); return; }
      if (!useClass.getState().exploreAllowed) return;
      useClass.setState({ following: false, broughtBack: false });
      mirroredPoses.forget();
    },
    answer: (choice) => {
      const { question, answered } = useClass.getState();
      if (!question || question.reveal || answered?.seq === question.seq) return;
      student.say({ type: 'answer', seq: question.seq, choice });
      useClass.setState({ answered: { seq: question.seq, choice } });
    },
    setNickname: (typed) => {
      const nickname = cleanNickname(typed);
      if (nickname === null) return false;
      useClass.setState({ nickname });
      student.say({ type: 'nickname', nickname });
      return true;
    },
    leave: () => {
      leave();
      useClass.setState({ role: 'none', status: 'idle', code: null, actions: null, question: null, following: true });
      // The link no longer names a class: reloading explores alone too.
      const params = new URLSearchParams(window.location.search);
      params.delete('class');
      window.history.replaceState(null, '', `?${params.toString()}`);
    },
  };
  useClass.setState({ actions });
}
