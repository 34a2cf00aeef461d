// A student's optional nickname: typed in the class banner, checked here with the same rule the
// server applies (cleanNickname in protocol.ts), so a refused one is explained at once instead of
// silently dropped. Once saved it folds to one line (phones keep the picture's height). It stays
// in the room: nothing is saved on the device.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { MAX_NICKNAME } from '../../classroom/protocol';
import { useClass } from './classStore';

export function NicknameForm() {
  const t = useT();
  const id = useId();
  const { nickname, actions } = useClass();
  const [typed, setTyped] = useState(nickname);
  const [editing, setEditing] = useState(nickname === '');
  // What the note under the field says (it is a live region, so a change is announced).
  const [note, setNote] = useState<'hint' | 'bad' | 'cleared'>('hint');
  const bad = note === 'bad';
  const input = useRef<HTMLInputElement>(null);
  const reopened = useRef(false);
  useEffect(() => { if (editing && reopened.current) input.current?.focus(); }, [editing]);

  if (!editing) {
    return (
      <p className="class-nickname">
        <span role="status">{t('classroom.student.nicknameSaved', { nickname })}</span>
        <button type="button" onClick={() => { reopened.current = true; setEditing(true); }}>{t('classroom.student.changeNickname')}</button>
      </p>
    );
  }
  return (
    <form className="class-nickname" onSubmit={(e) => {
      e.preventDefault();
      const ok = actions?.setNickname(typed) ?? false;
      // A cleared nickname keeps the field open, so the note says it was cleared (and announces it).
      setNote(!ok ? 'bad' : typed.trim() === '' ? 'cleared' : 'hint');
      if (ok && typed.trim() !== '') setEditing(false);
    }}>
      <label htmlFor={`${id}-input`}>{t('classroom.student.nickname')}</label>
      <input ref={input} id={`${id}-input`} type="text" value={typed} maxLength={MAX_NICKNAME} autoComplete="nickname" spellCheck={false}
        aria-describedby={`${id}-note`} aria-invalid={bad}
        onChange={(e) => { setTyped(e.target.value); setNote('hint'); }} />
      <button type="submit">{t('classroom.student.saveNickname')}</button>
      <span id={`${id}-note`} className={bad ? 'class-nickname__note class-nickname__note--bad' : 'class-nickname__note'} role="status">
        {t(`classroom.student.${note === 'bad' ? 'nicknameBad' : note === 'cleared' ? 'nicknameCleared' : 'nicknameHint'}`)}
      </span>
    </form>
  );
}
