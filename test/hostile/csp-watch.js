// The CSP page's own watcher (an external classic script, as the policy allows no inline script): records every
// `securitypolicyviolation` of the page, and logs it as a console error so the runner sees it either way.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const line = `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim();
  window.__cspViolations.push(line);
  console.error(`CSP violation: ${line}`);
});
