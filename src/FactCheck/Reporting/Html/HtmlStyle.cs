namespace FactCheck.Reporting.Html;

/// <summary>
/// The page's one stylesheet, inline: system fonts only (nothing fetched), one column at phone width and the
/// chart beside its findings on wider screens; colours meet WCAG AA contrast on white.
/// </summary>
internal static class HtmlStyle
{
    internal const string Css = """
        :root { --text: #1b1f24; --muted: #4a5560; --line: #d5dbe1; --paper: #ffffff; --wash: #f4f6f8;
          --error: #b3261e; --warning: #8a4b00; --warning-mark: #b86200; --info: #1d5fa8;
          --observation: #37474f; --target: #2e7d32; --change: #6a1b9a; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--wash); color: var(--text);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
        header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
        header { padding-top: 20px; }
        h1 { font-size: 1.6rem; margin: 0 0 4px; }
        h1 small { display: block; font-size: 0.95rem; font-weight: 500; color: var(--muted); }
        h2 { font-size: 1.25rem; margin: 0 0 12px; }
        h2 small { font-weight: 400; color: var(--muted); font-size: 0.9rem; }
        .summary { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 12px 0 20px; list-style: none; }
        .summary li { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
        .summary strong { font-size: 1.15rem; }
        .summary .error strong { color: var(--error); } .summary .warning strong { color: var(--warning); } .summary .info strong { color: var(--info); }
        .verdict { font-weight: 600; }
        section.subject { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 0 0 20px; }
        .subject-body { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); gap: 24px; align-items: start; }
        .subject-body > figure { position: sticky; top: 8px; }
        @media (max-width: 900px) { .subject-body { grid-template-columns: minmax(0, 1fr); } .subject-body > figure { position: static; } }
        figure { margin: 0; }
        figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 6px; }
        .key { display: inline-block; width: 14px; height: 10px; margin: 0 4px 0 10px; vertical-align: baseline; border: 1.5px solid; }
        .key.observation { background: #cfd8dc; border-color: var(--observation); }
        .key.target { background: rgba(46,125,50,0.16); border-color: var(--target); border-style: dashed; }
        .key.change { border: 0; border-top: 2.5px solid var(--change); height: 0; }
        .chart { overflow-x: auto; }
        svg.timeline { width: 100%; min-width: 500px; height: auto; display: block; font-family: inherit; }
        .axis .grid { stroke: #e3e7eb; } .axis .frame { stroke: #8a96a1; } .tick { font-size: 12px; fill: var(--muted); }
        .asof line { stroke: #5f6b76; stroke-dasharray: 3 3; } .asof text { font-size: 12px; fill: var(--muted); }
        .observation .range { fill: #cfd8dc; stroke: var(--observation); stroke-width: 1.2; }
        .observation .stated { fill: var(--observation); stroke: #fff; stroke-width: 1.5; }
        .figure { font-size: 13px; font-weight: 600; fill: var(--text); }
        .label { font-size: 12.5px; fill: var(--text); }
        .target .band { fill: rgba(46,125,50,0.13); stroke: none; }
        .target .edge { stroke: var(--target); stroke-width: 1.5; stroke-dasharray: 6 3; }
        .target .deadline { stroke: var(--target); stroke-width: 2; }
        .change .arrow { stroke: var(--change); stroke-width: 2.5; } .change .head { fill: var(--change); }
        .change .period { stroke: var(--change); stroke-width: 1; stroke-dasharray: 2 3; }
        .quiet { opacity: 0.6; }
        .hl-error .range, .hl-error .edge, .hl-error .deadline { stroke: var(--error); stroke-width: 2.5; }
        .hl-warning .range, .hl-warning .edge, .hl-warning .deadline { stroke: var(--warning-mark); stroke-width: 2.5; }
        .hl-info .range, .hl-info .edge, .hl-info .deadline { stroke: var(--info); stroke-width: 2.5; }
        .hl-error .stated { fill: var(--error); } .hl-warning .stated { fill: var(--warning-mark); } .hl-info .stated { fill: var(--info); }
        .mark circle { stroke: #fff; stroke-width: 1.5; } .mark text { font-size: 11px; font-weight: 700; fill: #fff; }
        .mark.error circle { fill: var(--error); } .mark.warning circle { fill: var(--warning-mark); } .mark.info circle { fill: var(--info); }
        ol.findings { list-style: none; margin: 0; padding: 0; }
        .finding { border-left: 5px solid var(--line); background: var(--paper); padding: 4px 0 4px 12px; margin: 0 0 16px; }
        .finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning-mark); } .finding.info { border-color: var(--info); }
        .finding-head { margin: 0; font-size: 0.9rem; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
        .num { display: inline-flex; align-items: center; justify-content: center; min-width: 22px; height: 22px; border-radius: 11px;
          color: #fff; font-weight: 700; font-size: 0.8rem; padding: 0 6px; }
        .error .num { background: var(--error); } .warning .num { background: var(--warning-mark); } .info .num { background: var(--info); }
        .sev { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.75rem; }
        .error .sev { color: var(--error); } .warning .sev { color: var(--warning); } .info .sev { color: var(--info); }
        .rule { color: var(--muted); }
        .message { margin: 6px 0 8px; font-weight: 500; overflow-wrap: anywhere; }
        ul.claims { list-style: none; margin: 0; padding: 0; }
        .claim { border-top: 1px solid var(--line); padding: 8px 0; font-size: 0.9rem; }
        .claim-head { margin: 0; overflow-wrap: anywhere; }
        .claim blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); background: var(--wash); font-style: italic; }
        .claim .sentence { margin: 6px 0; }
        mark { background: #fff3a8; color: inherit; padding: 0 2px; }
        .meta { margin: 0; color: var(--muted); font-size: 0.82rem; overflow-wrap: anywhere; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
        .clean { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
        footer { color: var(--muted); font-size: 0.8rem; padding-bottom: 24px; }
        @media (max-width: 600px) { header, main, footer { padding: 0 8px; } header { padding-top: 16px; } section.subject { padding: 12px 10px; }
          h2 small, h1 small { display: block; } .finding { padding-left: 10px; } }
        @media print { body { background: #fff; } section.subject { break-inside: avoid; } }
        """;
}
