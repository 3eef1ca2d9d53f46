/**
 * The e-mail edition in MJML, with Handlebars placeholders for the data. MJML compiles it to
 * responsive, client-safe HTML once per process; Handlebars then fills and escapes it for each
 * recipient. Block helpers that span MJML sections sit in <mj-raw> so MJML copies them verbatim.
 *
 * Every colour pair reaches WCAG AAA contrast (7:1 or more): #1a1a1a, #0b3d6b, #0b4f8a, #4a4a4a
 * on white; #333333 and #0b4f8a on the #eef1f4 footer.
 * No images and no remote fonts: nothing to load, nothing to track, nothing that needs alt text.
 */
export const EDITION_EMAIL_MJML = `<mjml lang="it" dir="ltr">
  <mj-head>
    <mj-title>{{edition.title}}</mj-title>
    <mj-preview>Offerte di lavoro, corsi e servizi utili della settimana {{edition.weekLabel}}.</mj-preview>
    <mj-breakpoint width="480px" />
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="#1a1a1a" padding="0 24px" />
      <mj-section background-color="#ffffff" padding="20px 0" />
    </mj-attributes>
    <mj-style inline="inline">
      h1 { font-size: 26px; line-height: 1.25; margin: 0 0 8px; color: #0b3d6b; }
      h2 { font-size: 21px; line-height: 1.3; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid #0b4f8a; color: #0b3d6b; }
      h3 { font-size: 17px; line-height: 1.35; margin: 18px 0 4px; color: #1a1a1a; }
      p { margin: 0 0 4px; }
      ul { margin: 8px 0 0; padding-left: 20px; }
      a { color: #0b4f8a; text-decoration: underline; }
      .lead { color: #333333; }
      .empty { color: #4a4a4a; font-style: italic; }
      .note { color: #4a4a4a; font-size: 14px; }
      .footer { color: #333333; font-size: 14px; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#eef1f4" width="640px">
    <mj-section>
      <mj-column>
        <mj-text>
          <h1>{{edition.bulletinName}}</h1>
          <p class="lead">{{edition.areaName}} · settimana {{edition.weekLabel}}</p>
          <p><a href="{{edition.pageUrl}}">Versione web del bollettino, stampabile per la bacheca</a></p>
          <p class="note">In questo numero:</p>
          <ul class="note">{{#each edition.contents}}<li>{{this}}</li>{{/each}}</ul>
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{#if personal}}</mj-raw>
    <mj-section border-left="6px solid #0b4f8a">
      <mj-column>
        <mj-text>
          <h2>{{personal.title}}</h2>
          <p class="note">{{personal.note}}</p>
          {{#each personal.items}}
          <h3>{{title}}</h3>
          {{#each details}}<p>{{#if label}}<strong>{{label}}:</strong> {{/if}}{{text}}</p>{{/each}}
          {{#if link}}<p><a href="{{link.href}}">{{link.text}}</a></p>{{/if}}
          {{/each}}
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{/if}}</mj-raw>
    <mj-raw>{{#each edition.sections}}</mj-raw>
    <mj-section padding-top="0">
      <mj-column>
        <mj-text>
          <h2>{{title}}</h2>
          {{#each items}}
          <h3>{{title}}</h3>
          {{#each details}}<p>{{#if label}}<strong>{{label}}:</strong> {{/if}}{{text}}</p>{{/each}}
          {{#if link}}<p><a href="{{link.href}}">{{link.text}}</a></p>{{/if}}
          {{else}}
          <p class="empty">{{emptyText}}</p>
          {{/each}}
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{/each}}</mj-raw>
    <mj-section background-color="#eef1f4">
      <mj-column>
        <mj-text>
          <p class="footer">Ricevi questo bollettino perché sei iscritto o iscritta al bollettino di {{edition.areaName}}.</p>
          <p class="footer"><a href="{{links.unsubscribeUrl}}">Annulla l'iscrizione al bollettino con un clic</a></p>
          <p class="footer"><a href="{{links.preferencesUrl}}">Gestisci le preferenze dell'iscrizione</a></p>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
`;
