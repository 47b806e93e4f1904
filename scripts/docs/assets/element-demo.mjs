/* global document */
// The element page's live example: the controls set the element's attributes and
// `policyObject`, and every `duty-handover-policy-error` it fires is listed. Loaded as an
// external module script, so the page needs no inline script (CSP-friendly).
const element = document.getElementById('demo-element');
const form = document.getElementById('demo-controls');
const log = document.getElementById('demo-events');

if (element && form && log) {
  const policy = form.elements.namedItem('policy');
  const lang = form.elements.namedItem('lang');

  policy.addEventListener('change', () => {
    const posts = (policy.selectedOptions[0]?.dataset.posts ?? '').split(' ').filter(Boolean);
    element.policyObject = undefined;
    element.setAttribute('policy', policy.value);
    if (posts.length > 0 && !posts.includes(element.getAttribute('post') ?? '')) {
      element.setAttribute('post', posts[0]);
    }
  });
  lang.addEventListener('change', () => element.setAttribute('lang', lang.value));

  form.elements.namedItem('invalid').addEventListener('click', () => {
    // Minutes cannot be negative, and `teaBreak` is no policy field: two problems.
    element.policyObject = {
      preset: policy.value,
      overrides: { handover: { arriveEarlyMinutes: -5, teaBreak: true } },
    };
  });
  form.elements.namedItem('reset').addEventListener('click', () => {
    element.policyObject = undefined;
  });

  element.addEventListener('duty-handover-policy-error', (event) => {
    log.querySelector('.muted')?.remove();
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = event.type;
    item.append(name, ` — ${event.detail.problems.length} problem(s):`);
    const list = document.createElement('ul');
    for (const problem of event.detail.problems) {
      const line = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = problem.path.join('.') || '(policy)';
      line.append(path, ` ${problem.message.en}`);
      list.append(line);
    }
    item.append(list);
    log.prepend(item);
  });
}
