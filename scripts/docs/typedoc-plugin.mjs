// TypeDoc plugin: a link from every API page back to the rest of the docs site, at
// the top of the page's content. The API lives in docs/site/api/, at one or two
// levels, so the link is made relative per page (TypeDoc's `navigationLinks` are
// used verbatim, which would break on one of the two levels).
import { JSX } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('content.begin', (context) => {
    const depth = context.page.url.split('/').length - 1;
    return JSX.createElement(
      'p',
      { class: 'dh-docs-home' },
      JSX.createElement('a', { href: `${'../'.repeat(depth + 1)}index.html` }, '← duty-handover docs'),
      ' · API reference of @duty-handover/core',
    );
  });
}
