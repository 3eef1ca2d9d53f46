import { type DragEvent, useState } from 'react';
import { problemOf } from '../api/problem';
import { ProblemAlert } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { bulletinLabels as t } from './labels';
import {
  type Edition,
  type SectionCode,
  useEdition,
  useEditEdition,
  useEmailPreview,
  usePagePreview,
  useResolveCopy,
  useUncertainCopies,
} from './queries';

type Item = Edition['sections'][number]['items'][number];
const itemId = (item: Item) => String(item.id);
const itemTitle = (item: Item) => String(item.title ?? item.id);
const itemDetail = (item: Item) =>
  ['companyName', 'provider', 'place'].map((k) => item[k]).find((v) => typeof v === 'string') as
    string | undefined;

/** One edition: its items in order (drag and drop, or the buttons), previews, approval, sending. */
export function EditionPage({ id }: { id: string }) {
  const [sendRequested, setSendRequested] = useState(false);
  const edition = useEdition(id, sendRequested);
  const edit = useEditEdition(id);
  const [said, setSaid] = useState('');
  const [preview, setPreview] = useState<'email' | 'page' | null>(null);

  if (edition.isPending) return <Loading />;
  if (edition.error) return <LoadError error={edition.error} retry={() => edition.refetch()} />;
  const e = edition.data;
  const draft = e.status === 'DRAFT';

  const reorder = (section: SectionCode, item: Item, toIndex: number, position: number) =>
    edit.mutate(
      { kind: 'reorder', section, itemId: itemId(item), toIndex },
      { onSuccess: () => setSaid(t.moved(itemTitle(item), position)) },
    );

  return (
    <>
      <p>
        <Link href="/redazione">{t.backToList}</Link>
      </p>
      <h1>{t.editionTitle(e.area.name, e.weekKey)}</h1>
      <p>
        {t.status}: <strong>{e.statusLabel}</strong>
        {' · '}
        {t.publicPage}: <code>{e.pagePath}</code>
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {said}
      </p>
      <ProblemAlert problem={problemOf(edit.error)} />

      <h2 className="h3">{t.sections}</h2>
      <p className="small">{draft ? t.dragHint : t.locked}</p>
      {e.sections.map((section) => (
        <Section
          key={section.code}
          section={section}
          draft={draft && !edit.isPending}
          onMove={(item, toIndex) => reorder(section.code, item, toIndex, toIndex + 1)}
          onDrop={(item) =>
            edit.mutate(
              { kind: 'drop', section: section.code, itemId: itemId(item) },
              { onSuccess: () => setSaid(t.dropped(itemTitle(item))) },
            )
          }
        />
      ))}

      <h2 className="h3 mt-4">{t.preview}</h2>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <button
          type="button"
          className="btn btn-outline-primary"
          aria-pressed={preview === 'email'}
          onClick={() => setPreview('email')}
        >
          {t.emailPreview}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          aria-pressed={preview === 'page'}
          onClick={() => setPreview('page')}
        >
          {t.pagePreview}
        </button>
      </div>
      {preview === 'email' && <EmailPreview id={id} />}
      {preview === 'page' && <PagePreview id={id} />}

      <div className="d-flex flex-wrap gap-2 mt-4">
        {draft && (
          <button
            type="button"
            className="btn btn-success"
            disabled={edit.isPending}
            onClick={() =>
              edit.mutate({ kind: 'approve' }, { onSuccess: () => setSaid(t.approved) })
            }
          >
            {t.approve}
          </button>
        )}
        {!draft && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={edit.isPending}
            onClick={() =>
              edit.mutate(
                { kind: 'send' },
                {
                  onSuccess: () => {
                    setSendRequested(true);
                    setSaid(t.sent);
                  },
                },
              )
            }
          >
            {e.status === 'SENT' ? t.sendAgain : t.send}
          </button>
        )}
      </div>

      <Deliveries edition={e} />
    </>
  );
}

function Section({
  section,
  draft,
  onMove,
  onDrop,
}: {
  section: Edition['sections'][number];
  draft: boolean;
  onMove(item: Item, toIndex: number): void;
  onDrop(item: Item): void;
}) {
  const [dragged, setDragged] = useState<number | null>(null);
  const headingId = `section-${section.code}`;
  const last = section.items.length - 1;
  const dropOn = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null && dragged !== index) onMove(section.items[dragged]!, index);
    setDragged(null);
  };

  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h3 id={headingId} className="h5">
        {section.title}
      </h3>
      {section.items.length === 0 && <p className="small">{t.emptySection}</p>}
      <ol className="list-group list-group-numbered">
        {section.items.map((item, index) => (
          <li
            key={itemId(item)}
            className={`list-group-item d-flex flex-wrap align-items-center gap-2${dragged === index ? ' opacity-50' : ''}`}
            draggable={draft}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', itemId(item));
              setDragged(index);
            }}
            onDragOver={(event) => draft && event.preventDefault()}
            onDrop={(event) => dropOn(event, index)}
            onDragEnd={() => setDragged(null)}
          >
            <span className="flex-grow-1">
              <strong>{itemTitle(item)}</strong>
              {itemDetail(item) && <span className="d-block small">{itemDetail(item)}</span>}
            </span>
            {draft && (
              <span className="d-flex gap-1">
                <button
                  type="button"
                  className="btn btn-sm btn-outline-secondary"
                  aria-label={t.moveUp(itemTitle(item))}
                  disabled={index === 0}
                  onClick={() => onMove(item, index - 1)}
                >
                  {t.moveUpShort}
                </button>
                <button
                  type="button"
                  className="btn btn-sm btn-outline-secondary"
                  aria-label={t.moveDown(itemTitle(item))}
                  disabled={index === last}
                  onClick={() => onMove(item, index + 1)}
                >
                  {t.moveDownShort}
                </button>
                <button
                  type="button"
                  className="btn btn-sm btn-outline-danger"
                  aria-label={t.drop(itemTitle(item))}
                  onClick={() => onDrop(item)}
                >
                  {t.dropShort}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {section.omittedCount > 0 && <p className="small">{t.omitted(section.omittedCount)}</p>}
    </section>
  );
}

/*
 * The previews run in an opaque origin (no allow-same-origin): nothing in them can reach the
 * console's session. Scripts are allowed only so that the accessibility checker can look inside;
 * the console's Content-Security-Policy still applies to the srcdoc and blocks inline ones.
 */
function EmailPreview({ id }: { id: string }) {
  const email = useEmailPreview(id, true);
  if (email.isPending) return <Loading />;
  if (email.error) return <LoadError error={email.error} />;
  return (
    <>
      <p>
        {t.subject}: <strong>{email.data.subject}</strong>
      </p>
      <iframe
        title={t.emailPreview}
        sandbox="allow-scripts"
        srcDoc={email.data.html}
        className="w-100 border"
        style={{ height: '36rem' }}
      />
    </>
  );
}

function PagePreview({ id }: { id: string }) {
  const page = usePagePreview(id, true);
  if (page.isPending) return <Loading />;
  if (page.error) return <LoadError error={page.error} />;
  return (
    <iframe
      title={t.pagePreview}
      sandbox="allow-scripts"
      srcDoc={page.data}
      className="w-100 border"
      style={{ height: '36rem' }}
    />
  );
}

function Deliveries({ edition }: { edition: Edition }) {
  const counts = Object.entries(edition.deliveries) as Array<
    [keyof typeof t.deliveryStatus, number]
  >;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return (
    <section aria-labelledby="deliveries-title" className="mt-4">
      <h2 id="deliveries-title" className="h3">
        {t.deliveries}
      </h2>
      {total === 0 ? (
        <p>{t.noDeliveries}</p>
      ) : (
        <table className="table table-sm" style={{ maxWidth: '32rem' }}>
          <caption className="visually-hidden">{t.deliveries}</caption>
          <tbody>
            {counts.map(([status, n]) => (
              <tr key={status}>
                <th scope="row">{t.deliveryStatus[status]}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {edition.deliveries.UNCERTAIN > 0 && <UncertainCopies editionId={edition.id} />}
    </section>
  );
}

/** Each copy whose fate is unknown: the editor says it arrived, or sends it again. */
function UncertainCopies({ editionId }: { editionId: string }) {
  const copies = useUncertainCopies(editionId, true);
  const resolve = useResolveCopy(editionId);
  const [said, setSaid] = useState('');
  return (
    <section aria-labelledby="uncertain-title">
      <h3 id="uncertain-title" className="h5">
        {t.uncertainCopies}
      </h3>
      <p className="alert alert-warning">{t.uncertainHint}</p>
      <p role="status" className={said ? '' : 'visually-hidden'}>
        {said}
      </p>
      <ProblemAlert problem={problemOf(resolve.error)} />
      {copies.isPending && <Loading />}
      <ul className="list-unstyled">
        {copies.data?.map((copy) => (
          <li key={copy.id} className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <span className="flex-grow-1">
              {copy.email}
              {copy.smtpResponse && <span className="d-block small">{copy.smtpResponse}</span>}
            </span>
            {(['DELIVERED', 'RESEND'] as const).map((resolution) => (
              <button
                key={resolution}
                type="button"
                className="btn btn-sm btn-outline-primary"
                disabled={resolve.isPending}
                aria-label={
                  resolution === 'DELIVERED' ? t.arrived(copy.email) : t.resend(copy.email)
                }
                onClick={() =>
                  resolve.mutate(
                    { deliveryId: copy.id, resolution },
                    { onSuccess: () => setSaid(t.resolved(copy.email)) },
                  )
                }
              >
                {resolution === 'DELIVERED' ? t.arrivedShort : t.resendShort}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
