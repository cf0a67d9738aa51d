/**
 * Query page
 * ==========
 * Running a named query from its form (the answer gets its own URL and a link to the explorer), opening an answer
 * by URL, a refusal naming the field, curated links marked as such, nodes taken by name, node suggestions from
 * search, result tables that scroll by keyboard, and the Cypher console on the memory backend, which must say (501)
 * how to start Neo4j.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
import { downloadText } from './support/download';
import { browserSuite } from './support/suite';

/** Chromium logs every non-2xx fetch as a console error; the console's expected 501 is not a fault. */
let expectedErrors: RegExp | null = null;

const browser = browserSuite({ ignore: () => expectedErrors });
beforeEach(() => {
  expectedErrors = null;
});

describe('named queries', () => {
  it('runs actions-for-forum from its form and shows the answer as a table', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/query`);
    const form = page.getByRole('form', { name: 'actions-for-forum' });
    await form.getByLabel('Forum', { exact: true }).selectOption('sco');
    await form.getByRole('button', { name: 'Run: Plan-of-action items for a forum' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('name') === 'actions-for-forum' && url.searchParams.get('forum') === 'sco',
    );

    const results = page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' });
    const table = results.getByRole('table');
    await table.waitFor();
    // Focus follows the run to its answer at the top of the page (not left on the Run button below).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results-title');
    // Headers in words; each item named by its label (linked, its id beside it), not by its slug.
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Plan-of-action item',
      'Commitments',
      'Commitment sentences',
      'Mentions',
    ]);
    const items = table.locator('tbody tr td:nth-child(1) a');
    expect(await items.allTextContents()).toEqual(['Rule-based Order in Cyberspace', 'Partnership in Cyberspace']);
    expect(await items.first().getAttribute('href')).toBe('/?node=action-rule-based-order-in-cyberspace');
    expect(await table.locator('tbody tr td:nth-child(1) code').first().textContent()).toBe(
      'action-rule-based-order-in-cyberspace',
    );
    // The commitments too go by their (cut) sentence, their id in the link's title.
    const sentence = table.locator('tbody tr td:nth-child(3) a').first();
    const id = await sentence.getAttribute('title');
    expect(id).toMatch(/^iscc-2017-ch4-/);
    const { node } = (await (await fetch(`${baseURL()}/api/nodes/${id}`)).json()) as { node: { text: string } };
    const shown = (await sentence.textContent()) ?? '';
    expect(shown.length).toBeGreaterThan(20);
    expect(node.text.startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(await table.locator('caption').textContent()).toBe(
      'actions-for-forum — Forum: Shanghai Cooperation Organization',
    );
    const explorer = await results.getByRole('link', { name: 'Show in explorer' }).getAttribute('href');
    expect(explorer).toMatch(/^\/\?highlight=/);
    expect(explorer?.split('=')[1]?.split(',')).toEqual(
      expect.arrayContaining(['sco', 'action-rule-based-order-in-cyberspace']),
    );
    expect(
      await page.getByRole('form', { name: 'actions-for-forum' }).getByLabel('Forum', { exact: true }).inputValue(),
    ).toBe('sco');
  });

  it('marks the SCO sentence a curator links as curated, with the note, and not the one that names the SCO', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query?name=actions-for-forum&forum=sco`);
    const results = page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' });
    const rows = results.locator('tbody tr');
    await rows.first().waitFor();
    // "China will continue to enhance international dialogue …" never names the SCO: a curator links it.
    const ruleBased = rows.filter({ hasText: 'Rule-based Order in Cyberspace' });
    const sentence = ruleBased
      .locator('li')
      .filter({ hasText: /^China will continue to enhance international dialogue/ });
    const mark = sentence.locator('details');
    expect(await mark.locator('summary').textContent()).toBe('Curated link');
    await mark.locator('summary').click();
    expect(await mark.locator('p').textContent()).toMatch(/does not name it.*"this initiative" is the Code of Conduct/);
    expect(await mark.getByRole('link', { name: 'See the relationship' }).getAttribute('href')).toBe(
      `/?edge=${encodeURIComponent('INVOLVES:iscc-2017-ch4-2-s4->sco')}`,
    );
    // The Partnership sentence names the SCO: no mark.
    expect(await rows.filter({ hasText: 'Partnership in Cyberspace' }).locator('details').count()).toBe(0);
    // What the mark means is said before the table.
    expect(await results.locator('p').filter({ hasText: 'marks what the text does not state' }).count()).toBe(1);
  });

  it('takes nodes by name or acronym, shows names in the fields and the caption, and refuses a name of nothing', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query`);
    const form = page.getByRole('form', { name: 'shortest-path' });
    // The example is shown by name, not by its id "arf".
    expect(await form.getByLabel('From', { exact: true }).inputValue()).toBe('ASEAN Regional Forum');
    await form.getByLabel('From', { exact: true }).fill('ASEAN');
    await form.getByLabel('To', { exact: true }).fill('icann');
    await form.getByRole('button', { name: 'Run: Shortest path between two nodes' }).click();
    // Redirected to the same answer by id: the link an analyst keeps names the nodes exactly.
    await page.waitForURL((url) => url.searchParams.get('from') === 'asean' && url.searchParams.get('to') === 'icann');
    const results = page.getByRole('region', { name: 'Results: Shortest path between two nodes' });
    await results.getByRole('table').waitFor();
    expect(await results.locator('caption').textContent()).toBe(
      'shortest-path — From: Association of Southeast Asian Nations, To: Internet Corporation for Assigned Names and Numbers',
    );
    expect(
      await page.getByRole('form', { name: 'shortest-path' }).getByLabel('From', { exact: true }).inputValue(),
    ).toBe('Association of Southeast Asian Nations');

    await page.goto(`${baseURL()}/query?name=shortest-path&from=Foo&to=ICANN`);
    const alert = page.getByRole('region', { name: 'Results: Shortest path between two nodes' }).getByRole('alert');
    expect(await alert.textContent()).toContain('from: no node is named "Foo" — pick one from the list');
    expect(await alert.textContent()).not.toMatch(/slug/);
  });

  it('shows commitments-by-modality as an analyst reads it: each sentence once, no offsets or document ids', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query?name=commitments-by-modality&modality=opposes`);
    const table = page.getByRole('region', { name: 'Results: Commitments by modality' }).getByRole('table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Commitment',
      'Kind',
      'Subject as written',
      'Under',
      'Modalities',
    ]);
    expect(await table.locator('tbody tr td:nth-child(1) a').first().textContent()).toMatch(
      /^China firmly opposes .*\.$/,
    );
  });

  it('lets the keyboard scroll a wide answer at 390 px: the table is a named, focusable region', async () => {
    const { page } = await browser.open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseURL()}/query?name=shortest-path&from=arf&to=icann`);
    const box = page.getByRole('region', { name: 'Result table' });
    await box.waitFor();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('shows a chosen forum’s whole name in its select at 1400 px', async () => {
    const { page } = await browser.open({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseURL()}/query`);
    const select = page.getByRole('form', { name: 'actions-for-forum' }).getByLabel('Forum', { exact: true });
    // The widest option, measured in the select's own font, fits its box (arrow and padding aside).
    const { widest, room } = await select.evaluate((element) => {
      const s = element as HTMLSelectElement;
      const style = getComputedStyle(s);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widths = [...s.options].map((option) => context.measureText(option.text).width);
      return { widest: Math.max(...widths), room: s.clientWidth - 40 };
    });
    expect(widest).toBeLessThanOrEqual(room);
  });

  it('counts the bodies within a forum when ticked (in /matrix’s words), and keeps the tick in the URL', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query`);
    const form = page.getByRole('form', { name: 'actions-for-forum' });
    await form.getByLabel('Forum', { exact: true }).selectOption('un');
    await form.getByRole('checkbox', { name: 'Include bodies within the forum' }).check();
    await form.getByRole('button', { name: 'Run: Plan-of-action items for a forum' }).click();
    await page.waitForURL((url) => url.searchParams.get('forum') === 'un' && url.searchParams.get('parts') === 'true');
    const table = page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' }).getByRole('table');
    await table.waitFor();
    // "the UN Internet Governance Forum" names the IGF, a part of the UN.
    expect(await table.locator('tbody tr td:nth-child(1) a').allTextContents()).toContain(
      'Reform of Global Internet Governance System',
    );
    expect(
      await page
        .getByRole('form', { name: 'actions-for-forum' })
        .getByRole('checkbox', { name: 'Include bodies within the forum' })
        .isChecked(),
    ).toBe(true);
  });

  it('opens an answer from its URL', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/query?name=shortest-path&from=arf&to=icann`);
    const rows = page.getByRole('region', { name: 'Results: Shortest path between two nodes' }).locator('tbody tr');
    await rows.first().waitFor();
    const nodes = rows.locator('td:nth-child(2) a');
    expect(await nodes.first().textContent()).toBe('ASEAN Regional Forum');
    expect(await nodes.first().getAttribute('href')).toBe('/?node=arf');
    expect(await nodes.last().getAttribute('href')).toBe('/?node=icann');
    // Each step's relationship in words between its ends' labels, linked to it, never as its key.
    const steps = await rows.locator('td:nth-child(4)').allTextContents();
    expect(steps[0]).toBe('');
    expect(steps.slice(1).every((step) => step.length > 0 && !/[A-Z]{2,}_|->/.test(step))).toBe(true);
    expect(await rows.nth(1).locator('td:nth-child(4) > a').getAttribute('href')).toMatch(/^\/\?edge=/);
    // "China is a member of ARF" is the curator's knowledge, not the text's: the step says so; a stated one does not.
    expect(await rows.nth(1).locator('td:nth-child(4) summary').textContent()).toBe('Curated link');
    expect(await rows.nth(2).locator('td:nth-child(4) details').count()).toBe(0);
    expect(await rows.locator('td:nth-child(3)').first().textContent()).toBe('Forum');
  });

  it('downloads an answer as CSV in the words of its table, ids beside them, a curated link marked', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query?name=actions-for-forum&forum=sco`);
    const results = page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' });
    await results.locator('tbody tr').first().waitFor();
    const { filename, text: csv } = await downloadText(page, results.getByRole('button', { name: 'Download CSV' }));
    expect(filename).toBe('actions-for-forum-sco.csv');
    const [header] = csv.split('\r\n');
    expect(header).toBe(
      'Plan-of-action item,Plan-of-action item (id),Commitments,Commitment sentences,Commitment sentences (id),Mentions',
    );
    expect(csv).toContain('Rule-based Order in Cyberspace,action-rule-based-order-in-cyberspace,');
    expect(csv).toContain('It is the first international paper dedicated to norms of behavior in cyberspace');
    expect(csv).toContain('[curated link]');
  });

  it('shows a refusal that names the field', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/query?name=neighborhood&id=arf&depth=9`);
    const alert = page.getByRole('region', { name: 'Results: Neighbourhood of a node' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Invalid input \(400\): Depth: must be at most 3/);

    // A parameter given twice is refused as the API refuses it, never read as one of its values.
    await page.goto(`${baseURL()}/query?name=actions-for-forum&forum=arf&forum=sco`);
    const twice = page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' }).getByRole('alert');
    await twice.waitFor();
    expect(await twice.textContent()).toMatch(/Forum: given more than once/);
  });

  it('reads each field with its hint (aria-describedby), not only its parameter name', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/query`);
    const fields = page.getByRole('region', { name: 'Named queries' }).locator('select, input:not([type="hidden"])');
    const described = await fields.evaluateAll((elements) =>
      elements.map((element) => {
        const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
        const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return `${element.getAttribute('name')}: ${text.trim()}`;
      }),
    );
    expect(described.length).toBeGreaterThan(8);
    for (const line of described) expect(line).toMatch(/^\w+: \S/);
    expect(described).toContain('depth: how many steps out');
  });

  it('suggests node names as the reader types, each with its type and acronym', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/query`);
    const from = page.getByRole('form', { name: 'shortest-path' }).getByLabel('From', { exact: true });
    await from.fill('Shanghai');
    const list = await from.getAttribute('list');
    const option = page.locator(`datalist[id="${list}"] option[value="Shanghai Cooperation Organization"]`);
    await option.waitFor({ state: 'attached' });
    expect(await option.textContent()).toBe('Organization · SCO');
    expect(await page.locator('datalist option').count()).toBeGreaterThan(0);
  });
});

describe('Cypher console', () => {
  it('says on the memory backend (501) how to start Neo4j', async () => {
    const tab = await browser.open();
    const { page } = tab;
    expectedErrors = /status of 501/;
    await page.goto(`${baseURL()}/query`);
    const consoleRegion = page.getByRole('region', { name: 'Cypher console' });
    await consoleRegion.getByRole('button', { name: 'Commitments by modality' }).click();
    expect(await consoleRegion.getByLabel('Query').inputValue()).toMatch(/^MATCH \(c:Commitment\)/);
    await consoleRegion.getByRole('button', { name: 'Run', exact: true }).click();
    const alert = consoleRegion.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Cypher needs the Neo4j backend \(501\).*npm run neo4j:start/);
    // Said once, commands as code: no heading repeated in the text below it, no terminal backticks.
    const text = (await alert.locator('p').textContent()) ?? '';
    expect(text).not.toContain('Cypher needs the Neo4j backend');
    // Nor the API's origin (`cypher: Cypher needs …`): the sentence starts with what to do.
    expect(text).toMatch(/^Run /);
    expect(text).not.toContain('`');
    expect(await alert.locator('code').first().textContent()).toBe('npm run neo4j:start');
  });

  it('keeps focus on Run from the keyboard, and says the 501 again on each run, once', async () => {
    const tab = await browser.open();
    const { page } = tab;
    expectedErrors = /status of 501/;
    await page.goto(`${baseURL()}/query`);
    const consoleRegion = page.getByRole('region', { name: 'Cypher console' });
    const run = consoleRegion.getByRole('button', { name: 'Run', exact: true });
    await run.focus();
    await page.keyboard.press('Enter');
    const alert = consoleRegion.getByRole('alert');
    await alert.waitFor();
    // A button disabled while it runs drops focus to <body>; the next Tab would start from the page's top.
    await expect.poll(() => run.evaluate((element) => element === document.activeElement)).toBe(true);
    // Not an alert inside a live region too, which some screen readers announce twice.
    expect(await page.locator('[aria-live] [role="alert"], [role="alert"] [aria-live]').count()).toBe(0);
    // Run again: a new alert (an unchanged one is not announced again), still on Run.
    await alert.evaluate((element) => element.setAttribute('data-first', ''));
    await page.keyboard.press('Enter');
    await consoleRegion.locator('[role="alert"]:not([data-first])').waitFor();
    expect(await consoleRegion.getByRole('alert').count()).toBe(1);
    await expect.poll(() => run.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('checks the parameters are JSON before sending', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/query`);
    const consoleRegion = page.getByRole('region', { name: 'Cypher console' });
    await consoleRegion.getByLabel('Parameters (JSON object)').fill('{forum: arf}');
    await consoleRegion.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await consoleRegion.getByRole('alert').textContent()).toMatch(/Parameters must be a JSON object/);
  });
});

describe('query links as they arrive', () => {
  it('answers an unknown query name holding a NUL or 10,000 characters with its notice, the name shown short', async () => {
    const { page } = await browser.open();
    // A NUL cannot stand in HTML: echoed as is, the browser's text differed from the server's and hydration threw.
    await page.goto(`${baseURL()}/query?name=%00`);
    const heading = page.getByRole('heading', { name: /^Results: / });
    expect(await heading.textContent()).toBe('Results: \uFFFD');
    await page
      .getByRole('alert')
      .filter({ hasText: /unknown query/ })
      .waitFor();
    await page.goto(`${baseURL()}/query?name=${'q'.repeat(10_000)}`);
    expect(((await heading.textContent()) ?? '').length).toBeLessThan(100);
  });
});
