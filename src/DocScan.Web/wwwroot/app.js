// The reviewer page: who is signed in decides what is shown (upload panel, review queue, read-only
// reports for auditors). Document values never go into the address bar or browser storage.

import { getJson, reviewPath } from './api.js';
import { forgetDecision, markFalsePositive, maskAnyway, prepareDecisions, wireDecisions } from './decision.js';
import { loadDrafts } from './drafts.js';
import { clearReport, hideRevealed, renderReport } from './findings.js';
import { fileName, loadQueue, wireQueue } from './queue.js';
import { hasRole, showUser, whoAmI, wireSignIn } from './session.js';
import { announce, byId, clearMessages, showError, showView } from './ui.js';
import { wireUpload } from './upload.js';

const canReview = () => hasRole('reviewer');
const canRead = () => hasRole('reviewer') || hasRole('auditor');

async function start() {
  wireDialogs();
  wireSignIn(enter);
  wireQueue(openDocument);
  wireUpload();
  wireDecisions();
  byId('back-to-queue').addEventListener('click', () => backToQueue());
  document.addEventListener('docscan:unauthenticated', async () => {
    hideRevealed();
    byId('user-bar').hidden = true;
    byId('upload-view').hidden = true;
    const user = await whoAmI();
    if (user) enter(user);
  });
  // A reviewer who also uploads sees a new document in the queue at once.
  document.addEventListener('docscan:uploaded', () => {
    if (canRead() && !byId('queue-view').hidden) loadQueue();
  });
  try {
    const user = await whoAmI();
    if (user) enter(user);
  } catch (error) {
    showError(error.message);
  }
}

function enter(user) {
  showUser(user);
  byId('upload-view').hidden = !hasRole('uploader');
  if (canRead()) {
    byId('queue-heading-note').textContent = canReview() ? '' : '稽核人員僅能檢視，不能審核。';
    showView('queue-view');
    loadQueue();
  } else {
    showView(hasRole('uploader') ? 'none' : 'no-role-view');
  }
}

async function openDocument(item) {
  clearMessages();
  hideRevealed();
  showView('document-view');
  byId('upload-view').hidden = true;
  byId('document-title').textContent = fileName(item.name);
  byId('document-folder').textContent = item.folder || '（未分類）';
  // Nothing of the previous document stays on screen, and no decision can go to it.
  forgetDecision();
  byId('decision-panel').hidden = true;
  byId('decision-result').textContent = '';
  clearReport();
  byId('document-view').setAttribute('aria-busy', 'true');
  byId('document-title').focus();
  try {
    const [report, drafts] = await Promise.all([
      getJson(reviewPath.report(item.id)),
      loadDrafts(item.id),
    ]);
    renderReport(item.id, report, {
      canReveal: canReview(),
      canMarkFalsePositive: canReview(),
      onFalsePositive: (n, reason, allowList) => markFalsePositive(item.id, n, reason, allowList),
      canMaskAnyway: canReview(),
      // The draft on screen is the one just made again.
      onMaskAnyway: async (n, reason) => {
        if (await maskAnyway(item.id, n, reason)) await loadDrafts(item.id);
      },
    });
    if (canReview()) {
      prepareDecisions(item.id, drafts, (message) => backToQueue(message));
      byId('decision-panel').hidden = false;
    }
    announce(`已開啟「${fileName(item.name)}」。`);
  } catch (error) {
    showError(error.message);
  } finally {
    byId('document-view').removeAttribute('aria-busy');
  }
}

function backToQueue(message) {
  hideRevealed();
  clearMessages();
  // The outcome stays above the queue, said once by its own live region.
  byId('decision-result').textContent = message ?? '';
  showView('queue-view');
  byId('upload-view').hidden = !hasRole('uploader');
  loadQueue();
  byId('queue-title').focus();
}

function wireDialogs() {
  byId('reason-dialog-cancel').addEventListener('click', () => byId('reason-dialog').close());
}

start();
