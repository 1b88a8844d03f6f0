import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  createFeed,
  deleteFeed,
  fetchUrl,
  listFeeds,
  pollFeed,
  setFeedActive,
  uploadFiles,
  type IngestResult,
} from '../../api/news.api.ts';
import { Link } from '../../app/router.tsx';
import { Badge } from '../../components/Badge.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { newsEventPath } from './news-paths.ts';

/** What one ingestion did, article by article, with links to the events. */
export function IngestResultView({ result }: { result: IngestResult }): ReactNode {
  const { t } = useI18n();
  return (
    <div role="status" data-testid="ingest-result">
      <p>
        <strong>
          {t('news.result', {
            stored: result.stored,
            duplicates: result.duplicates,
            errors: result.errors,
          })}
        </strong>
      </p>
      <ul>
        {result.items.map((item, i) => (
          <li key={`${item.file}-${i}`}>
            <Badge
              tone={
                item.status === 'stored'
                  ? 'success'
                  : item.status === 'duplicate'
                    ? 'info'
                    : 'danger'
              }
            >
              {t(`news.item.${item.status}`)}
            </Badge>{' '}
            {item.title ?? item.file}
            {item.error ? ` — ${item.error}` : ''}
            {item.eventId ? (
              <>
                {' · '}
                <Link to={newsEventPath(item.eventId)}>{t('news.openEvent')}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Upload files and fetch addresses. */
export function NewsIngestView(): ReactNode {
  const { t } = useI18n();
  const upload = useApiForm();
  const fetcher = useApiForm();
  const [files, setFiles] = useState<File[]>([]);
  const [url, setUrl] = useState('');
  const [result, setResult] = useState<IngestResult | null>(null);

  async function handleUpload(): Promise<void> {
    if (files.length === 0) {
      upload.fail(t('news.pickFiles'), { files: t('news.pickFiles') });
      return;
    }
    const contents = await Promise.all(
      files.map(async (f) => ({ file: f.name, content: await f.text() })),
    );
    const outcome = await upload.run(() => uploadFiles(contents));
    if (outcome.ok) setResult(outcome.value);
  }

  async function handleFetch(): Promise<void> {
    const outcome = await fetcher.run(() => fetchUrl(url));
    if (outcome.ok) setResult(outcome.value);
  }

  return (
    <div>
      <form
        ref={upload.formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void handleUpload();
        }}
      >
        <h2>{t('news.uploadTitle')}</h2>
        <ProblemAlert error={upload.error} />
        <div className={upload.fieldError('files') ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="news-files">
            {t('news.uploadFiles')}
          </label>
          <input
            id="news-files"
            type="file"
            multiple
            accept=".txt,.html,.htm,.xml,.rss,.atom,text/plain,text/html,application/xml"
            aria-describedby="news-files-hint"
            aria-invalid={upload.fieldError('files') ? true : undefined}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <p id="news-files-hint" className="field__hint">
            {t('news.uploadHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={upload.busy}>
          {t('news.upload')}
        </button>
      </form>
      <form
        ref={fetcher.formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void handleFetch();
        }}
      >
        <h2>{t('news.fetchTitle')}</h2>
        <ProblemAlert error={fetcher.error} />
        <TextField
          label={t('news.fetchUrl')}
          value={url}
          onValue={setUrl}
          type="url"
          error={fetcher.fieldError('url')}
        />
        <button type="submit" className="button" disabled={fetcher.busy}>
          {t('news.fetch')}
        </button>
      </form>
      {result ? <IngestResultView result={result} /> : null}
    </div>
  );
}

/** Configured feeds: add, poll now, pause, delete. */
export function NewsFeedsView(): ReactNode {
  const { t, language } = useI18n();
  const feeds = useLoad(listFeeds, []);
  const form = useApiForm();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [interval, setInterval] = useState('60');
  const [result, setResult] = useState<IngestResult | null>(null);

  async function handleAdd(): Promise<void> {
    const outcome = await form.run(() =>
      createFeed({ url, title, intervalMinutes: Number(interval) }),
    );
    if (outcome.ok) {
      setUrl('');
      setTitle('');
      feeds.reload();
    }
  }

  async function act(action: () => Promise<unknown>): Promise<void> {
    const outcome = await form.run(action);
    if (outcome.ok) {
      const value = outcome.value as { result?: IngestResult | null } | undefined;
      if (value?.result) setResult(value.result);
      feeds.reload();
    }
  }

  return (
    <div>
      <h2>{t('news.feedsTitle')}</h2>
      {feeds.error ? <LoadError error={feeds.error} onRetry={feeds.reload} /> : null}
      {feeds.data && feeds.data.length === 0 ? <p>{t('news.feedNone')}</p> : null}
      {feeds.data && feeds.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('news.feedTitle')}</th>
                <th scope="col">{t('news.feedUrl')}</th>
                <th scope="col">{t('news.feedInterval')}</th>
                <th scope="col">{t('news.date')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {feeds.data.map((feed) => (
                <tr key={feed.id}>
                  <th scope="row">{feed.title}</th>
                  <td className="small">{feed.url}</td>
                  <td>{feed.intervalMinutes}</td>
                  <td className="small">
                    {feed.lastPolledAt
                      ? t('news.feedLast', {
                          when: formatDateTime(feed.lastPolledAt, language, 'Asia/Jakarta'),
                          status:
                            feed.lastStatus === 'error'
                              ? (feed.lastError ?? 'error')
                              : `+${feed.lastNewArticles}`,
                        })
                      : t('news.feedNever')}
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="button"
                      onClick={() => void act(() => pollFeed(feed.id))}
                    >
                      {t('news.feedPoll')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => void act(() => setFeedActive(feed.id, !feed.active))}
                    >
                      {feed.active ? t('news.feedPause') : t('news.feedResume')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => void act(() => deleteFeed(feed.id))}
                    >
                      {t('news.feedDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form
        ref={form.formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void handleAdd();
        }}
      >
        <ProblemAlert error={form.error} />
        <TextField
          label={t('news.feedUrl')}
          value={url}
          onValue={setUrl}
          error={form.fieldError('url')}
        />
        <TextField
          label={t('news.feedTitle')}
          value={title}
          onValue={setTitle}
          error={form.fieldError('title')}
        />
        <TextField
          label={t('news.feedInterval')}
          value={interval}
          onValue={setInterval}
          type="number"
          error={form.fieldError('intervalMinutes')}
        />
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('news.feedAdd')}
        </button>
      </form>
      {result ? <IngestResultView result={result} /> : null}
    </div>
  );
}
