/**
 * The public page /bollettino/{area}/{week}: one self-contained document, no scripts, no images,
 * no external fonts or styles, so it loads nothing from anyone and tracks no one. The print styles
 * fit an ordinary edition on one or two A4 sheets for notice boards; a long edition (`compact`)
 * prints in two columns.
 */
export const EDITION_PAGE_HTML = `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{edition.title}}</title>
<link rel="canonical" href="{{edition.pageUrl}}">
<style>
  :root { color-scheme: light; }
  body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1rem 3rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #ffffff; }
  header { border-bottom: 3px solid #0b4f8a; margin-bottom: 1rem; }
  .kicker { margin: 0; font-weight: 700; color: #0b3d6b; text-transform: uppercase; letter-spacing: .04em; font-size: .85rem; }
  h1 { margin: .2rem 0; font-size: 1.8rem; line-height: 1.2; color: #0b3d6b; }
  .week { margin: 0 0 .75rem; color: #333333; }
  nav ul { padding-left: 1.2rem; margin: 0 0 1rem; }
  h2 { margin: 1.5rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #0b4f8a; font-size: 1.35rem; color: #0b3d6b; break-after: avoid; page-break-after: avoid; }
  article { margin: 0 0 .9rem; break-inside: avoid; page-break-inside: avoid; }
  h3 { margin: 0 0 .15rem; font-size: 1.05rem; }
  p { margin: 0 0 .15rem; }
  a { color: #0b4f8a; }
  .empty { color: #4a4a4a; font-style: italic; }
  footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #8a8a8a; color: #333333; font-size: .9rem; }
  .print-only { display: none; }
  @page { size: A4; margin: 12mm 12mm 14mm; }
  @media print {
    body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.3; color: #000000; }
    nav, .screen-only { display: none; }
    .print-only { display: block; }
    h1 { font-size: 17pt; }
    h2 { font-size: 12.5pt; margin: .6rem 0 .3rem; color: #000000; }
    h3 { font-size: 10.5pt; }
    article { margin-bottom: .45rem; }
    a { color: #000000; text-decoration: none; }
    a[data-host]::after { content: " (" attr(data-host) ")"; }
    .compact main { column-count: 2; column-gap: 8mm; }
    .compact section:first-child h2 { margin-top: 0; }
    footer { margin-top: .8rem; font-size: 8.5pt; }
  }
</style>
</head>
<body{{#if edition.compact}} class="compact"{{/if}}>
<header>
  <p class="kicker">{{edition.bulletinName}}</p>
  <h1>{{edition.areaName}}</h1>
  <p class="week">Settimana {{edition.weekLabel}}</p>
</header>
<nav aria-label="Sezioni del bollettino">
  <ul>
  {{#each edition.sections}}
    <li><a href="#{{anchor}}">{{title}}</a> ({{count}})</li>
  {{/each}}
  </ul>
</nav>
<main>
{{#each edition.sections}}
  <section id="{{anchor}}" aria-labelledby="{{anchor}}-titolo">
    <h2 id="{{anchor}}-titolo">{{title}}</h2>
  {{#each items}}
    <article>
      <h3>{{title}}</h3>
      {{#each details}}<p>{{#if label}}<strong>{{label}}:</strong> {{/if}}{{text}}</p>{{/each}}
      {{#if link}}<p><a href="{{link.href}}" data-host="{{link.host}}">{{link.text}}</a></p>{{/if}}
    </article>
  {{else}}
    <p class="empty">{{emptyText}}</p>
  {{/each}}
  </section>
{{/each}}
</main>
<footer>
  <p>Il bollettino raccoglie offerte di lavoro, corsi e servizi pubblici: non contiene dati personali.</p>
  <p class="screen-only">Questa pagina non usa cookie né strumenti di tracciamento.</p>
  <p class="print-only">Versione aggiornata online: {{edition.pageUrl}}</p>
</footer>
</body>
</html>
`;
