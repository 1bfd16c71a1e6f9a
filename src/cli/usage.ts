/** Thrown for anything the user can fix: printed to stderr without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `serverless-breakeven — what a serverless design costs, and where servers win

Usage:
  serverless-breakeven estimate <scenario.json> [--format table|json|markdown|csv]
  serverless-breakeven breakeven <scenario.json> [--format table|json]
  serverless-breakeven render <scenario.json> [--format markdown|svg|csv|json] [--out <file>]
                       [--link-base <url>] [--systems <id,id>] [--theme light|dark]
  serverless-breakeven --help

Options:
  --format <f>       output format (default: table)
  --pricing <dir>    pricing folder to use instead of the bundled one
  --date <date>      price the scenario as of this date (overrides its pricingDate)
  --out <file>       render: write the output to this file instead of stdout
  --link-base <url>  render: the app's address; Markdown and JSON link back to the scenario there
  --systems <ids>    render: only these systems in the chart (comma-separated ids)
  --theme <t>        render: chart colours, light (default) or dark

Exit codes: 0 success, 2 bad input (missing file, bad JSON, invalid scenario), 1 internal error.
`;
