// A small Markdown converter for the guides in docs/*.md: the subset they use and
// nothing more (ATX headings, paragraphs, nested lists, fenced code, GFM tables,
// block quotes, rules; code spans, links, images, emphasis). Raw HTML is escaped,
// except `<!-- docs:name args -->` lines, which are replaced by generated HTML.
import { escapeHtml } from './html.mjs';

const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)/;
const FENCE = /^( *)(`{3,}|~{3,})\s*([\w+-]*)(.*)$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const DIRECTIVE = /^\s*<!--\s*docs:([\w-]+)\s*(.*?)\s*-->\s*$/;

/**
 * @typedef {object} InlineContext
 * @property {(href: string) => string} [rewriteHref] maps a link target (for example `x.md` to `x.html`)
 * @property {(code: string) => string | undefined} [codeLink] the page a code span like `REG7-9.1` links to
 * @property {(text: string) => string} [linkText] escapes plain text and may add links (clause IDs)
 */

/**
 * @typedef {object} MarkdownOptions
 * @property {Record<string, (args: string) => string>} [directives] generated blocks by name
 * @property {InlineContext} [inline]
 */

/**
 * @param {string} source
 * @param {MarkdownOptions} [options]
 * @returns {{ html: string, title: string | undefined, headings: { level: number, text: string, id: string }[] }}
 */
export function renderMarkdown(source, options = {}) {
  const state = {
    options,
    headings: /** @type {{ level: number, text: string, id: string }[]} */ ([]),
    slugs: new Map(),
  };
  const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const html = renderBlocks(lines, state, 0);
  const title = state.headings.find((heading) => heading.level === 1)?.text;
  return { html, title, headings: state.headings };
}

/**
 * The fenced code blocks of a Markdown file, at any depth, with the line (1-based)
 * of each block's first line of code, so a checker can point into the file.
 *
 * @returns {{ lang: string, code: string, line: number }[]}
 */
export function codeBlocksOf(source) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = FENCE.exec(lines[i]);
    if (!fence) continue;
    const [, indent, marker, lang] = fence;
    const close = new RegExp(`^ *${marker[0]}{${marker.length},}\\s*$`);
    const start = i + 1;
    const body = [];
    for (i += 1; i < lines.length && !close.test(lines[i]); i += 1) {
      body.push(lines[i].slice(Math.min(indent.length, indentOf(lines[i]))));
    }
    blocks.push({ lang, code: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** GitHub-style heading id: lower case, punctuation dropped, spaces to hyphens; CJK kept. */
export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function uniqueSlug(state, text) {
  const base = slugify(text) || 'section';
  const seen = state.slugs.get(base) ?? 0;
  state.slugs.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen}`;
}

const isBlank = (line) => line.trim() === '';
const indentOf = (line) => /^ */.exec(line)[0].length;

function startsBlock(line) {
  return (
    HEADING.test(line) || FENCE.test(line) || RULE.test(line) || /^\s*>/.test(line) || DIRECTIVE.test(line)
  );
}

/** @param {string[]} lines @param {number} offset line number of lines[0] in the file (0-based) */
function renderBlocks(lines, state, offset) {
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i += 1;
      continue;
    }

    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const render = state.options.directives?.[directive[1]];
      if (!render) throw new Error(`unknown directive docs:${directive[1]} (line ${offset + i + 1})`);
      out.push(render(directive[2]));
      i += 1;
      continue;
    }

    if (/^\s*<!--/.test(line)) {
      // A comment for people editing the Markdown: not rendered.
      while (i < lines.length && !lines[i].includes('-->')) i += 1;
      i += 1;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent, marker, lang] = fence;
      const body = [];
      i += 1;
      while (i < lines.length && !new RegExp(`^ *${marker[0]}{${marker.length},}\\s*$`).test(lines[i])) {
        body.push(lines[i].slice(Math.min(indent.length, indentOf(lines[i]))));
        i += 1;
      }
      i += 1;
      const code = body.join('\n');
      const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
      out.push(`<pre><code${cls}>${escapeHtml(code)}</code></pre>`);
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      const text = plainText(heading[2]);
      const id = uniqueSlug(state, text);
      state.headings.push({ level, text, id });
      const anchor =
        level > 1
          ? ` <a class="anchor" href="#${escapeHtml(id)}" aria-label="Link to this section">#</a>`
          : '';
      out.push(
        `<h${level} id="${escapeHtml(id)}">${renderInline(heading[2], state.options.inline)}${anchor}</h${level}>`,
      );
      i += 1;
      continue;
    }

    if (RULE.test(line)) {
      out.push('<hr>');
      i += 1;
      continue;
    }

    if (/^\s*>/.test(line)) {
      const start = i;
      const quoted = [];
      while (i < lines.length && !isBlank(lines[i])) {
        quoted.push(lines[i].replace(/^\s*> ?/, ''));
        i += 1;
      }
      out.push(`<blockquote>${renderBlocks(quoted, state, offset + start)}</blockquote>`);
      continue;
    }

    if (line.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1])) {
      const header = splitRow(line);
      const aligns = splitRow(lines[i + 1]).map((cell) =>
        cell.startsWith(':') && cell.endsWith(':')
          ? 'center'
          : cell.endsWith(':')
            ? 'right'
            : cell.startsWith(':')
              ? 'left'
              : '',
      );
      i += 2;
      const rows = [];
      while (i < lines.length && !isBlank(lines[i]) && lines[i].includes('|')) {
        rows.push(splitRow(lines[i]));
        i += 1;
      }
      const cell = (tag, text, index) => {
        const align = aligns[index] ? ` class="align-${aligns[index]}"` : '';
        return `<${tag}${align}>${renderInline(text ?? '', state.options.inline)}</${tag}>`;
      };
      out.push(
        '<div class="table-wrap"><table>' +
          `<thead><tr>${header.map((text, index) => cell('th', text, index)).join('')}</tr></thead>` +
          `<tbody>${rows.map((row) => `<tr>${header.map((_, index) => cell('td', row[index], index)).join('')}</tr>`).join('')}</tbody>` +
          '</table></div>',
      );
      continue;
    }

    if (LIST_ITEM.test(line)) {
      const start = i;
      const list = parseList(lines, i);
      i = list.next;
      out.push(renderList(list, state, offset + start));
      continue;
    }

    const paragraph = [];
    while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i])) {
      if (paragraph.length > 0 && LIST_ITEM.test(lines[i]) && indentOf(lines[i]) <= indentOf(paragraph[0]))
        break;
      paragraph.push(lines[i].trim());
      i += 1;
    }
    out.push(`<p>${renderInline(paragraph.join('\n'), state.options.inline)}</p>`);
  }
  return out.join('\n');
}

function parseList(lines, start) {
  const first = LIST_ITEM.exec(lines[start]);
  const baseIndent = first[1].length;
  const ordered = /\d/.test(first[2]);
  const items = [];
  let loose = false;
  let i = start;
  while (i < lines.length) {
    const marker = LIST_ITEM.exec(lines[i]);
    if (!marker || marker[1].length !== baseIndent || /\d/.test(marker[2]) !== ordered) break;
    // A blank line between two items of this list makes the list loose.
    if (i > start && isBlank(lines[i - 1])) loose = true;
    const contentIndent = marker[3] === '' ? marker[0].length + 1 : marker[0].length;
    const itemStart = i;
    const body = [lines[i].slice(marker[0].length)];
    i += 1;
    let afterBlank = false;
    while (i < lines.length) {
      const line = lines[i];
      if (isBlank(line)) {
        body.push('');
        afterBlank = true;
        i += 1;
        continue;
      }
      const indent = indentOf(line);
      if (indent >= contentIndent) {
        body.push(line.slice(contentIndent));
      } else if (afterBlank || indent <= baseIndent || startsBlock(line)) {
        break;
      } else {
        // A lazy continuation line, or a nested list indented less than the text.
        body.push(LIST_ITEM.test(line) ? line.slice(baseIndent + 1) : line.trim());
      }
      afterBlank = false;
      i += 1;
    }
    while (body.length > 0 && isBlank(body[body.length - 1])) body.pop();
    items.push({ body, line: itemStart, loose: false });
    // A blank line between items makes the list loose.
    if (i > 0 && isBlank(lines[i - 1]) && i < lines.length && LIST_ITEM.test(lines[i]))
      items.at(-1).loose = true;
  }
  return { items, ordered, loose, start: Number.parseInt(first[2], 10), next: i };
}

function renderList(list, state, offset) {
  const loose = list.loose || list.items.some((item) => item.body.some(isBlank));
  const items = list.items.map((item) => {
    let html = renderBlocks(item.body, state, offset + item.line - list.items[0].line);
    if (!loose) html = html.replace(/<p>([\s\S]*?)<\/p>/g, '$1');
    return `<li>${html}</li>`;
  });
  if (!list.ordered) return `<ul>\n${items.join('\n')}\n</ul>`;
  const start = list.start !== 1 && Number.isFinite(list.start) ? ` start="${list.start}"` : '';
  return `<ol${start}>\n${items.join('\n')}\n</ol>`;
}

function splitRow(line) {
  const cells = [];
  let current = '';
  let inCode = false;
  const text = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '|') {
      current += '|';
      i += 1;
    } else if (ch === '`') {
      inCode = !inCode;
      current += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** The text of inline Markdown without its markup (for ids and titles). */
export function plainText(text) {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

/**
 * @param {string} text
 * @param {InlineContext} [context]
 * @param {boolean} [inLink] no links inside links
 */
export function renderInline(text, context = {}, inLink = false) {
  const plain = (value) => (context.linkText && !inLink ? context.linkText(value) : escapeHtml(value));
  let out = '';
  let run = '';
  const flush = () => {
    out += plain(run);
    run = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|<>]/.test(text[i + 1])) {
      run += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(text.slice(i))[0];
      const end = text.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        flush();
        let code = text.slice(i + ticks.length, end).replace(/\n/g, ' ');
        if (/^ .* $/.test(code)) code = code.slice(1, -1);
        const target = inLink ? undefined : context.codeLink?.(code);
        const span = `<code>${escapeHtml(code)}</code>`;
        out += target ? `<a href="${escapeHtml(target)}">${span}</a>` : span;
        i = end + ticks.length;
        continue;
      }
    }
    if ((ch === '[' || (ch === '!' && text[i + 1] === '[')) && !inLink) {
      const link = parseLink(text, ch === '!' ? i + 1 : i);
      if (link) {
        flush();
        const href = context.rewriteHref ? context.rewriteHref(link.href) : link.href;
        const title = link.title ? ` title="${escapeHtml(link.title)}"` : '';
        out +=
          ch === '!'
            ? `<img src="${escapeHtml(href)}" alt="${escapeHtml(plainText(link.text))}"${title}>`
            : `<a href="${escapeHtml(href)}"${title}>${renderInline(link.text, context, true)}</a>`;
        i = link.end;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<(https?:\/\/[^>\s]+)>/.exec(text.slice(i));
      if (auto) {
        flush();
        out += `<a href="${escapeHtml(auto[1])}">${escapeHtml(auto[1])}</a>`;
        i += auto[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const strong = text.startsWith(ch.repeat(2), i);
      const marker = strong ? ch.repeat(2) : ch;
      const before = text[i - 1] ?? ' ';
      const after = text[i + marker.length] ?? ' ';
      const wordInside = ch === '_' && /[\p{L}\p{N}]/u.test(before);
      if (!wordInside && !/\s/.test(after)) {
        const end = findCloser(text, i + marker.length, marker);
        if (end > 0) {
          flush();
          const tag = strong ? 'strong' : 'em';
          out += `<${tag}>${renderInline(text.slice(i + marker.length, end), context, inLink)}</${tag}>`;
          i = end + marker.length;
          continue;
        }
      }
    }
    if (ch === '\n') {
      flush();
      out += '\n';
      i += 1;
      continue;
    }
    run += ch;
    i += 1;
  }
  flush();
  return out;
}

function findCloser(text, from, marker) {
  let i = from;
  while (i < text.length) {
    if (text[i] === '`') {
      const ticks = /^`+/.exec(text.slice(i))[0];
      const end = text.indexOf(ticks, i + ticks.length);
      i = end > 0 ? end + ticks.length : i + 1;
      continue;
    }
    if (text.startsWith(marker, i) && !/\s/.test(text[i - 1] ?? ' ')) {
      const next = text[i + marker.length] ?? ' ';
      const single = marker.length === 1 && next === marker;
      if (!single && !(marker[0] === '_' && /[\p{L}\p{N}]/u.test(next))) return i;
      if (single) {
        i += 2;
        continue;
      }
    }
    i += 1;
  }
  return -1;
}

function parseLink(text, open) {
  let depth = 0;
  let close = -1;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text[i] === '[') depth += 1;
    if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  if (close < 0 || text[close + 1] !== '(') return undefined;
  const end = text.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const target = /^\s*(\S+?)(?:\s+"([^"]*)")?\s*$/.exec(text.slice(close + 2, end));
  if (!target) return undefined;
  return { text: text.slice(open + 1, close), href: target[1], title: target[2], end: end + 1 };
}
