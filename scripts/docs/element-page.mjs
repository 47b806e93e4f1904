// The element reference, generated from the Custom Elements Manifest that the
// analyzer writes from the JSDoc of <duty-handover> (packages/widget/custom-elements.json),
// and the live example, which runs the built bundle with an external script only.
import { html, raw } from './html.mjs';
import { renderInline } from './markdown.mjs';

const isPublic = (member) => member.privacy === undefined || member.privacy === 'public';

/** The custom elements a manifest declares, with the module each comes from. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ declaration, module })),
  );
}

/** Every class the manifest declares, by name (event classes are linked from the events table). */
function classesOf(manifest) {
  return new Map(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.kind === 'class')
        .map((declaration) => [declaration.name, declaration]),
    ),
  );
}

/**
 * @param {any} manifest the parsed custom-elements.json
 * @param {import('./markdown.mjs').InlineContext} inline
 */
export function elementReference(manifest, inline) {
  const text = (value) => (value ? renderInline(value.replace(/\s*\n\s*/g, ' '), inline) : '');
  const prose = (value) =>
    value ? value.split(/\n\s*\n/).map((paragraph) => html`<p>${raw(text(paragraph))}</p>`) : '';
  const code = (value) =>
    value === undefined || value === '' ? html`<span class="muted">—</span>` : html`<code>${value}</code>`;
  const classes = classesOf(manifest);
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('the manifest declares no custom element');

  return elements.map(({ declaration: element, module }) => {
    const members = (element.members ?? []).filter((member) => isPublic(member) && !member.static);
    const fields = members.filter((member) => member.kind === 'field');
    const methods = members.filter((member) => member.kind === 'method');
    const byField = new Map(fields.map((field) => [field.name, field]));
    const named = (element.events ?? []).filter((event) => event.name);
    // The analyzer also lists each `dispatchEvent(new X())` without a name; keep it only if no named event has its type.
    const unnamed = (element.events ?? []).filter(
      (event) => !event.name && !named.some((other) => other.type?.text === event.type?.text),
    );
    const events = [...named, ...unnamed];
    const tag = element.tagName;
    const section = (id, title, rows, head, empty) =>
      html`<h3 id="${`${tag}-${id}`}">${title}</h3>
        ${
          rows.length === 0
            ? html`<p class="muted">${empty}</p>`
            : html`<div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      ${head.map((cell) => html`<th scope="col">${cell}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${rows}
                  </tbody>
                </table>
              </div>`
        }`;

    const usage = `<script type="module" src="/assets/duty-handover.min.js"></script>\n\n<${tag}${(
      element.attributes ?? []
    )
      .filter((attribute) => attribute.default && attribute.default !== "''")
      .map((attribute) => ` ${attribute.name}="${attribute.default.replace(/^'|'$/g, '')}"`)
      .join('')}></${tag}>`;

    return html` <h2 id="${tag}"><code>&lt;${tag}&gt;</code></h2>
      ${element.summary ? html`<p class="lead">${raw(text(element.summary))}</p>` : ''}
      ${prose(element.description)}
      <table class="facts">
        <tr>
          <th scope="row">Class</th>
          <td>
            <code>${element.name}</code
            >${element.superclass ? html` extends <code>${element.superclass.name}</code>${element.superclass.package ? html` from <code>${element.superclass.package}</code>` : ''}` : ''}
          </td>
        </tr>
        <tr>
          <th scope="row">Module</th>
          <td><code>${module.path}</code></td>
        </tr>
      </table>
      <pre><code class="language-html">${usage}</code></pre>

      ${section(
        'attributes',
        'Attributes',
        (element.attributes ?? []).map((attribute) => {
          const field = attribute.fieldName ? byField.get(attribute.fieldName) : undefined;
          return html`<tr>
            <th scope="row"><code>${attribute.name}</code></th>
            <td>${code(attribute.fieldName)}</td>
            <td>${code(attribute.type?.text)}</td>
            <td>${code(attribute.default)}</td>
            <td>${field?.reflects ? 'yes' : 'no'}</td>
            <td>${raw(text(attribute.description))}</td>
          </tr>`;
        }),
        ['Attribute', 'Property', 'Type', 'Default', 'Reflects', 'Description'],
        'No attributes.',
      )}
      ${section(
        'properties',
        'Properties',
        fields.map(
          (field) =>
            html`<tr>
              <th scope="row"><code>${field.name}</code></th>
              <td>${code(field.attribute)}</td>
              <td>${code(field.type?.text)}</td>
              <td>${code(field.default)}</td>
              <td>${field.readonly ? 'read-only' : 'read/write'}</td>
              <td>${raw(text(field.description))}</td>
            </tr>`,
        ),
        ['Property', 'Attribute', 'Type', 'Default', 'Access', 'Description'],
        'No public properties.',
      )}
      ${
        methods.length > 0
          ? section(
              'methods',
              'Methods',
              methods.map(
                (method) =>
                  html`<tr>
                    <th scope="row">
                      <code>${method.name}(${(method.parameters ?? []).map((p) => p.name).join(', ')})</code>
                    </th>
                    <td>${code(method.return?.type?.text)}</td>
                    <td>${raw(text(method.description))}</td>
                  </tr>`,
              ),
              ['Method', 'Returns', 'Description'],
              '',
            )
          : ''
      }
      ${section(
        'events',
        'Events',
        events.map((event) => {
          const eventClass = classes.get(event.type?.text ?? '');
          const eventFields = (eventClass?.members ?? []).filter(
            (member) => member.kind === 'field' && !member.static && isPublic(member),
          );
          return html`<tr>
            <th scope="row">
              ${event.name ? html`<code>${event.name}</code>` : html`<span class="muted">unnamed</span>`}
            </th>
            <td>${code(event.type?.text)}</td>
            <td>
              ${raw(text(event.description))}${
                eventFields.length > 0
                  ? html`<ul class="compact">
                      ${eventFields.map((member) => html`<li><code>event.${member.name}</code>: <code>${member.type?.text ?? ''}</code>${member.description ? raw(` — ${text(member.description)}`) : ''}</li>`)}
                    </ul>`
                  : ''
              }
            </td>
          </tr>`;
        }),
        ['Event', 'Type', 'Description'],
        'No events.',
      )}
      ${section(
        'slots',
        'Slots',
        (element.slots ?? []).map(
          (slot) =>
            html`<tr>
              <th scope="row">${slot.name ? html`<code>${slot.name}</code>` : 'default'}</th>
              <td>${raw(text(slot.description))}</td>
            </tr>`,
        ),
        ['Slot', 'Description'],
        'No slots: the element renders everything from its policy and takes no light-DOM content.',
      )}
      ${section(
        'parts',
        'CSS parts',
        (element.cssParts ?? []).map(
          (part) =>
            html`<tr>
              <th scope="row"><code>::part(${part.name})</code></th>
              <td>${raw(text(part.description))}</td>
            </tr>`,
        ),
        ['Part', 'Description'],
        'No CSS parts.',
      )}
      ${section(
        'css-properties',
        'CSS custom properties',
        (element.cssProperties ?? []).map(
          (property) =>
            html`<tr>
              <th scope="row"><code>${property.name}</code></th>
              <td>${code(property.default)}</td>
              <td>${raw(text(property.description))}</td>
            </tr>`,
        ),
        ['Property', 'Default', 'Description'],
        'No CSS custom properties.',
      )}`;
  });
}

/**
 * The live example: the element itself, driven by controls that an external
 * script (assets/element-demo.js) wires up. No inline script or style, so it runs
 * under a `script-src 'self'; style-src 'self'` Content Security Policy.
 *
 * @param {{ presetIds: readonly string[], postsOf: (id: string) => string[] }} data
 */
export function liveExample({ presetIds, postsOf }) {
  const first = presetIds[0];
  return html`<section class="live-example" aria-labelledby="live-example-title">
    <h2 id="live-example-title">Live example</h2>
    <p class="needs-http">
      The live example runs the element’s bundle as a JavaScript module, which browsers do not load from
      <code>file://</code> pages. Serve the site instead: <code>node scripts/serve.mjs</code>, then open
      <code>http://localhost:8000/docs/site/element.html</code>.
    </p>
    <form class="demo-controls" id="demo-controls">
      <label
        >Preset
        <select name="policy">
          ${presetIds.map((id) => html`<option value="${id}" data-posts="${postsOf(id).join(' ')}">${id}</option>`)}
        </select>
      </label>
      <label
        >Language
        <select name="lang">
          <option value="zh-Hant">繁體中文 (zh-Hant)</option>
          <option value="zh-Hans">简体中文 (zh-Hans)</option>
          <option value="en" selected>English (en)</option>
        </select>
      </label>
      <button type="button" name="invalid">Set an invalid <code>policyObject</code></button>
      <button type="button" name="reset">Back to the preset</button>
    </form>
    <duty-handover
      id="demo-element"
      site="harbour-view"
      post="${postsOf(first)[0] ?? ''}"
      policy="${first}"
      lang="en"
    ></duty-handover>
    <h3 id="live-example-events">Events received</h3>
    <ol class="event-log" id="demo-events" aria-live="polite">
      <li class="muted">none yet</li>
    </ol>
  </section>`;
}
