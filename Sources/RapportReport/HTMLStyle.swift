// l10n-exempt-file: a CSS style sheet
/// The HTML report's style sheet, inline: system fonts only, a layout for
/// the screen, and one for print (A4, people from a new page, a person's
/// block and table rows kept whole where they fit, link addresses written
/// out after their titles).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; color: #1d1d1f; background: #fff;
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #2f6690; }
        h3 { font-size: 1.1rem; margin: 0; }
        .meta, .position, .handles { color: #555; margin: .25rem 0; }
        .empty { font-size: 1.1rem; padding: 1rem; background: #f4f6f8; border-radius: 6px; }
        dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 0 0 1.25rem; }
        dl.figures dt { font-weight: 600; }
        dl.figures dd { margin: 0; }
        figure { margin: 0; }
        figcaption { color: #555; font-size: .85rem; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg .grid { stroke: #e3e6ea; stroke-width: 1; }
        svg .base { stroke: #888; stroke-width: 1; }
        svg .axis, svg .legend { font-size: 11px; fill: #555; font-family: inherit; }
        svg .exchanges { fill: #2f6690; }
        svg .coverage { fill: #d1701f; }
        article.person { border: 1px solid #dde1e6; border-radius: 6px; padding: .9rem 1rem; margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .6rem 0 0; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: .2rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid #e3e6ea; }
        th { background: #f4f6f8; font-weight: 600; }
        td.day { white-space: nowrap; }
        td { overflow-wrap: break-word; }
        @media screen and (min-width: 50rem) {
          table.exchanges, table.coverage { table-layout: fixed; }
          table.exchanges th:nth-child(1), table.coverage th:nth-child(1) { width: 7.2em; }
          table.exchanges th:nth-child(2) { width: 7.5em; }
          table.exchanges th:nth-child(3) { width: 5.5em; }
          table.exchanges th:nth-child(4) { width: 4.5em; }
          table.exchanges th:nth-child(5) { width: 6.5em; }
          table.exchanges th:nth-child(7), table.coverage th:nth-child(4) { width: 9em; }
          table.coverage th:nth-child(3) { width: 11em; }
        }
        .overdue { color: #b00020; font-weight: 600; }
        .stars { color: #c28b00; white-space: nowrap; }
        a { color: #2f6690; }
        footer { margin-top: 2rem; color: #777; font-size: .8rem; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid-page; }
          section.people { break-before: page; }
          section.follow-ups { break-before: auto; }
          article.person { break-inside: avoid-page; border-color: #bbb; }
          tr, figure { break-inside: avoid-page; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          a.coverage::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; word-break: break-all; }
          th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
