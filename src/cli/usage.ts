/** Thrown for anything the user can fix: printed to stderr without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `serverless-breakeven — what a serverless design costs, and where servers win

Usage:
  serverless-breakeven estimate <scenario.json> [--format table|json|markdown|csv] [--link-base <url>]
  serverless-breakeven breakeven <scenario.json> [--format table|json] [--pairs]
  serverless-breakeven render <scenario.json> [--format markdown|svg|csv|json|diagram-svg] [--out <file>]
                       [--link-base <url>] [--systems <id,id>] [--theme light|dark]
  serverless-breakeven rightsize <scenario.json> [--format table|json|markdown] [--sweep]
      [--weight 0..1] [--latency-limit <ms>] [--latency-metric average|p95] [--system <id>] [--step <MB>]
      [--report-lines <file> [--function <name>] | --power-tuning <URL>] [--measured-architecture x86_64|arm64]
      [--timeout <ms>] [--interpolate] [--sweep]
  serverless-breakeven coldstart <scenario.json> [--format table|json|markdown|csv]
      [--runtime python|nodejs|go|dotnet|java|rust] [--keep-alive <min>] [--target-p99 <ms>]
      [--report-lines <file> [--function <name>]]
  serverless-breakeven checklist <scenario.json> [--format table|json|markdown|csv]
  serverless-breakeven --help | -h | --version

Options:
  --format <f>       output format (default: table)
  --pricing <dir>    pricing folder to use instead of the bundled one
  --date <date>      price the scenario as of this date (overrides its pricingDate)
  --region <code>    price the scenario in this AWS region (overrides its region); a system without
                     a sourced price there says so on its own row
  --requests <n>     what if: requests per month instead of the file's (20M, 1.5k, 2B or 2000000)
  --duration <ms>    what if: duration per request, ms
  --memory <MB>      what if: memory, MB (checked against the price list's limits, as in the app)
  --out <file>       render: write the output to this file instead of stdout
  --link-base <url>  estimate, render: the app's address; Markdown, CSV and JSON link back to the
                     scenario there (without it, Markdown and CSV carry the link's #s=… part)
  --systems <ids>    render: only these systems in the chart (comma-separated ids)
  --theme <t>        render: chart colours, light (default) or dark

Right-sizing (rightsize):
  --weight <w>               balanced choice: w·cost/maxCost + (1−w)·time/maxTime (default 0.5)
  --latency-limit <ms>       also give the cheapest size whose duration is within this limit
  --latency-metric <m>       average (default) or p95 (p95 needs REPORT lines)
  --report-lines <file>      measured durations, cold starts, INIT and max memory from Lambda REPORT lines
  --power-tuning <URL>       measured durations from a Lambda Power Tuning visualization link
  --measured-architecture    architecture the measurements ran on (default: what a Power Tuning link's
                             costs say, else the system's)
  --function <name>          the function whose REPORT lines to use when a paste names several
  --timeout <ms>             the function's timeout (default: the longest timed-out duration in the REPORT
                             lines, else 900,000): no duration past it, no size recommended that reaches it
  --interpolate              let untested sizes between measurements be recommended (only if they beat the
                             best measured size by more than 1%)
  --sweep                    the table lists every size priced, not only the current and recommended ones

Cold starts (coldstart; the scenario's coldStart fields are the defaults):
  --runtime <r>              the runtime whose cold-start latency applies (default nodejs)
  --keep-alive <min>         how long an idle instance stays warm, 1–60 (default 10; AWS does not publish it)
  --target-p99 <ms>          the request's p99 to meet (default: no cold start visible to users)
  --report-lines <file>      the measured cold-start rate from Lambda REPORT lines replaces the modelled one

Exit codes: 0 success, 2 bad input (an unknown option, a missing file, bad JSON, an invalid scenario),
1 internal error.
`;
