// Every source behind the model's numbers, with its evidence tag and any caveat the app must
// state, in the current language (topics and findings from the catalogue, keyed by source id;
// citations as published). A top-bar button opens it as a modal dialog.
import { SOURCES, type EvidenceTag } from '../../model';
import { i18n, tKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import { DialogButton } from '../Dialog';
import './explain.css';

const TAGS: readonly EvidenceTag[] = ['V', 'S', 'M', 'S/M', 'S?', 'D'];
const evidence = (tag: EvidenceTag): string => tKey(`explain.sources.evidence.${tag}`);
/** Papers are cited as published; a described origin ("Textbook value") is translated. */
const citation = (id: string, published: string): string => (i18n.exists(`explain.sources.citations.${id}`) ? tKey(`explain.sources.citations.${id}`) : published);

export function SourcesDialogButton() {
  const t = useT();
  return (
    <DialogButton label={t('explain.sources.button')} title={t('explain.sources.title')}>
      <SourcesList />
    </DialogButton>
  );
}

/** The dialog's content: its own component, so its 200-odd translations are looked up only while it is open. */
function SourcesList() {
  const t = useT();
  return (
    <>
      <p>{t('explain.sources.intro')}</p>
      <ul className="sources-legend">
        {TAGS.map((tag) => <li key={tag}><span className="sources__tag">[{tag}]</span> {evidence(tag)}</li>)}
      </ul>
      <ul className="sources">
        {SOURCES.map((s) => (
          <li key={s.id} data-source={s.id}>
            <span className="sources__tag" aria-label={t('explain.sources.tag', { tag: s.evidence, meaning: evidence(s.evidence) })}>[{s.evidence}]</span>{' '}
            <strong>{tKey(`explain.sources.items.${s.id}.topic`)}</strong>: {tKey(`explain.sources.items.${s.id}.finding`)}. <cite>{citation(s.id, s.citation)}</cite>{' '}
            <span className="sources__id">({s.id})</span>
            {s.caveat && <em className="sources__caveat">{t('explain.sources.caveat', { text: tKey(`explain.sources.caveats.${s.id}`) })}</em>}
          </li>
        ))}
      </ul>
    </>
  );
}
