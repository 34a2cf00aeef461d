// One collapsible panel in the side dock: a native <details>, so it opens and closes by keyboard
// and is announced as expanded/collapsed. Its body mounts only while open, so a heavy panel
// (charts, tours) loaded with React.lazy costs nothing until someone opens it.
import { Suspense, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

export interface PanelProps {
  /** Stable id (tests and the tour use it to open a panel). */
  id: string;
  title: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function Panel({ id, title, defaultOpen = false, children }: PanelProps) {
  const t = useT();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="panel" data-panel={id} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="panel__title">{title}</summary>
      {open && <div className="panel__body"><Suspense fallback={<p>{t('common.app.loading')}</p>}>{children}</Suspense></div>}
    </details>
  );
}
