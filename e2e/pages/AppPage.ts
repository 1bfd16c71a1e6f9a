import { type Locator, type Page, expect } from '@playwright/test';

/** The calculator page as a user sees it: fields by label, results by system name. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./');
    await this.resultRows.first().waitFor();
  }

  get resultRows(): Locator {
    return this.page.getByTestId('result-row');
  }

  /** The results row of one system, found by its id. */
  row(systemId: string): Locator {
    return this.page.locator(`[data-testid="result-row"][data-system="${systemId}"]`);
  }

  /** Every system's monthly total as shown, keyed by the system's row header. */
  async totals(): Promise<Record<string, string>> {
    // Edits are priced between frames: read the rows once they are the current inputs' (not aria-busy).
    await expect(this.page.getByTestId('results')).toHaveAttribute('aria-busy', 'false');
    const out: Record<string, string> = {};
    for (const row of await this.resultRows.all()) {
      const name = (await row.locator('th').evaluate((th) => th.firstChild?.textContent ?? '')).trim();
      out[name] = (await row.locator('td.total').innerText()).trim();
    }
    return out;
  }

  /** The typed input of a workload field (its slider is labelled "… (slider)"). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  slider(label: string): Locator {
    return this.page.getByRole('slider', { name: `${label} (slider)` });
  }

  /** The inline error under a field, located from the field's aria-describedby. */
  async fieldError(label: string): Promise<string> {
    const ids = (await this.field(label).getAttribute('aria-describedby')) ?? '';
    for (const id of ids.split(' ')) {
      const el = this.page.locator(`[id="${id}"].field__error`);
      if ((await el.count()) > 0) return (await el.innerText()).trim();
    }
    return '';
  }

  /** The cheapest-at-every-traffic sentence at the top of the breakeven panel. */
  get cheapest(): Locator {
    return this.page.getByTestId('cheapest');
  }

  /** Every pairwise crossing, from the disclosure under the chart (opened if closed). */
  async breakevenSentences(): Promise<string[]> {
    const pairs = this.page.getByTestId('pairs');
    if ((await pairs.count()) > 0 && (await pairs.getAttribute('open')) === null)
      await pairs.locator('summary').click();
    const items = await this.page.getByTestId('breakeven').allInnerTexts();
    return items.map((t) =>
      t
        .replace(/\s*\(≈[^)]*\)\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }

  get systemCards(): Locator {
    return this.page.getByTestId('system-card');
  }

  systemCard(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  async addSystem(kindLabel: string): Promise<void> {
    await this.page.getByLabel('Kind of system to add').selectOption({ label: kindLabel });
    await this.page.getByRole('button', { name: 'Add system' }).click();
  }

  async duplicate(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Duplicate ${name}`, exact: true }).click();
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
  }

  /** The drawn path of every series in the chart, in legend order. */
  async chartPaths(): Promise<string[]> {
    const chart = this.page.getByTestId('breakeven-chart');
    await chart.locator('.recharts-line path').first().waitFor();
    return chart.locator('.recharts-line path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
  }

  async explain(systemName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Explain ${systemName}`, exact: true }).click();
    return this.page.getByTestId('explain');
  }
}
