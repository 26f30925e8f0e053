/**
 * For the strict-CSP demo page: counts Content-Security-Policy violations and says so on the page,
 * so a council web team can see at a glance that the finder needs no 'unsafe-inline'.
 * Loaded before main.ts (module scripts run in order), so it hears everything the finder does.
 */
const violations: string[] = [];
const output = document.getElementById('csp-status');

function report(): void {
  if (!output) return;
  output.textContent =
    violations.length === 0
      ? 'Content-Security-Policy violations on this page: none.'
      : `Content-Security-Policy violations on this page: ${violations.length} (${violations.join('; ')}).`;
  output.dataset.violations = String(violations.length);
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
  report();
});
report();
