// Progressive enhancement only: every journey works without this file. Loaded as an external module because
// the CSP forbids inline script.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');
initAll();

/**
 * Autosave for a form marked `data-autosave="<url>"` (the assessment workspace): about every 20 seconds after
 * a change, and when a field loses focus, the form is posted as it stands (with its CSRF token and row
 * version) to that URL. The answer's new row version goes into the hidden field, so the next save (or the
 * save button) is not refused as stale; a conflict stops autosaving and says so in the `aria-live` status
 * line. Without this script the save and submit buttons do the same job.
 */
function autosave(form) {
  const status = document.getElementById('autosave-status');
  let changed = false;
  let saving = false;
  let stopped = false;
  const say = (text) => {
    if (status) status.textContent = text;
  };
  const clock = () => {
    const now = new Date();
    return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  };
  async function save() {
    if (!changed || saving || stopped) return;
    saving = true;
    changed = false;
    try {
      const response = await fetch(form.dataset.autosave, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok && typeof answer.rowVersion === 'number') {
        form.elements.namedItem('rowVersion').value = String(answer.rowVersion);
        say((status?.dataset.savedText ?? '{time}').replace('{time}', clock()));
      } else {
        const message = typeof answer.error === 'string' ? answer.error : answer.error?.message;
        if (response.status === 409) stopped = true;
        else changed = true;
        say(message ?? status?.dataset.failedText ?? '');
      }
    } catch {
      changed = true;
      say(status?.dataset.failedText ?? '');
    } finally {
      saving = false;
    }
  }
  form.addEventListener('input', () => {
    changed = true;
  });
  form.addEventListener('change', () => {
    changed = true;
  });
  form.addEventListener('focusout', () => void save());
  window.setInterval(() => void save(), 20_000);
}

for (const form of document.querySelectorAll('form[data-autosave]')) autosave(form);
