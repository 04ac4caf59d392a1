import type { Notice } from './state/initial-state.ts';

export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: string): void;
  onRestoreSaved(): void;
  onKeepShown(): void;
}

/** What happened to a link or saved plan that could not be used as it was; each until dismissed. */
export function Notices({ notices, onDismiss, onRestoreSaved, onKeepShown }: NoticesProps) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.tone}`} data-notice={notice.id}>
          <div className="notice-text">
            <p className="notice-title">{notice.title}</p>
            <ul>
              {notice.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
          <div className="notice-actions">
            {notice.action === 'restore-saved' && (
              <>
                <button type="button" onClick={onRestoreSaved}>
                  Restore my saved plan
                </button>
                <button type="button" className="quiet" onClick={onKeepShown}>
                  Keep this plan instead
                </button>
              </>
            )}
            <button
              type="button"
              className="quiet"
              onClick={() => onDismiss(notice.id)}
              aria-label={`Dismiss: ${notice.title}`}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
