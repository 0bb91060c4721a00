// Progressive enhancement only: every journey works without this file. Loaded as an external module because
// the CSP forbids inline script.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');
initAll();
