// Classroom mode in real Chromium at projector size (1920x1080): the lesson plan, segment 3 from
// its stored start state, a pause point with its reveal, class votes with tallies, the end of the
// segment, the debrief (on screen, as a download and as a PDF), the teacher guide as a PDF, a
// rehearsal with choice previews and a day jump; axe on every classroom screen; large type.
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, axe, launch, openGame } from './browser.ts';

const PROJECTOR = { width: 1920, height: 1080 };
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function fontPx(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
}

async function pdfText(page: Page): Promise<{ bytes: number; text: string }> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { bytes: pdf.length, text: result.text.replace(/\s+/g, ' ') };
  } finally {
    await parser.destroy();
  }
}

describe('classroom mode', () => {
  it('runs a lesson: segment 3, a pause point and its reveal, class votes, the segment end, the debrief and both PDFs', async () => {
    const watched = await openGame(browser, '?mode=classroom', PROJECTOR);
    const { page } = watched;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Plan the lesson');
    expect(await page.getByLabel('Gentle mode').isChecked()).toBe(true);
    expect(await page.locator('.segment-option').count()).toBeGreaterThanOrEqual(8);
    expect(await fontPx(page, 'body')).toBeGreaterThanOrEqual(28);
    expect(await axe(page), 'start screen').toEqual([]);

    const segment = page.locator('.segment-option').nth(2);
    const segmentTitle = (await segment.locator('.segment-title').textContent())!;
    await page.locator('ol[data-viewpoint="halyna"]').getByLabel(/^Segment 3\b/).check();
    await page.getByLabel(/Show of hands/).check();
    await page.locator('#start-lesson').click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('.segment-badge').textContent()).toContain(segmentTitle);
    expect(await fontPx(page, 'body')).toBeGreaterThanOrEqual(28);
    expect(await fontPx(page, '.story-text p.line')).toBeGreaterThanOrEqual(28);
    const mapWidth = await page.locator('#map-pane').evaluate((element) => element.getBoundingClientRect().width);
    expect(mapWidth, 'the map takes about half the projector').toBeGreaterThanOrEqual(800);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    expect(await axe(page), 'lesson, story screen').toEqual([]);

    let pauses = 0;
    let votes = 0;
    const voteTexts: string[] = [];
    for (let step = 0; step < 1500; step += 1) {
      if (await page.locator('.end-panel').count()) break;
      if (await page.locator('#pause-discuss').count()) {
        // A pause point: the presenter remote's Page Down opens the card, never the next screen.
        await page.keyboard.press('PageDown');
        await page.locator('dialog.discuss-card').waitFor();
        const card = page.locator('dialog.discuss-card');
        expect(await card.locator('.card-question').textContent()).not.toBe('');
        expect(await card.locator('.card-skill').textContent()).toMatch(/Historical thinking/);
        if (pauses === 0) {
          expect(await card.locator('.reveal').isVisible()).toBe(false);
          await card.locator('[data-step="think"]').click();
          await expect.poll(() => card.locator('[role="timer"]').textContent()).toMatch(/Think: 0:5\d left|Think: 1:00 left/);
          expect(await axe(page), 'pause card').toEqual([]);
          await card.locator('#reveal-button').click();
          expect(await card.locator('.reveal').isVisible()).toBe(true);
          expect(await card.locator('.reveal .note-sources li').count()).toBeGreaterThan(0);
          expect(await axe(page), 'pause card, revealed').toEqual([]);
        }
        await card.locator('#discuss-done').click();
        pauses += 1;
        continue;
      }
      if (await page.locator('.story-controls .continue').count()) {
        await page.keyboard.press(step % 2 ? 'PageDown' : 'ArrowRight');
        continue;
      }
      const choices = page.locator('.story-controls .choices .choice');
      const count = await choices.count();
      if (count) {
        await page.locator('#open-vote').click();
        const card = page.locator('dialog.vote-card');
        await card.waitFor();
        expect(await card.locator('.vote-option').count()).toBe(count);
        // Tap hands: the last option gets three, the first one; the majority is the last option.
        const plus = card.locator('.vote-plus');
        for (let hand = 0; hand < 3; hand += 1) await plus.nth(count - 1).click();
        if (count > 1) await plus.first().click();
        expect(await card.locator('.vote-count').nth(count - 1).textContent()).toBe('3');
        if (votes === 0) expect(await axe(page), 'vote card').toEqual([]);
        const winner = (await card.locator('.vote-text').nth(count - 1).textContent())!.replace(/^\d+\s*/, '').trim();
        await card.locator('#take-majority').click();
        await card.locator('.vote-result').waitFor();
        expect(await card.locator('.vote-result').textContent()).toContain(`The class chose: ${winner}`);
        expect(await card.locator('.history-panel').textContent()).toMatch(/What prisoners actually did/);
        if (votes === 0) expect(await axe(page), 'vote result').toEqual([]);
        voteTexts.push(winner);
        await card.locator('#vote-continue').click();
        await card.waitFor({ state: 'detached' });
        votes += 1;
        continue;
      }
      await page.waitForTimeout(20);
    }
    expect(pauses, 'pause points reached').toBeGreaterThan(0);
    expect(votes, 'votes taken').toBeGreaterThan(0);
    expect(await page.locator('.end-panel h2').textContent()).toContain('End of segment 3');
    expect(await axe(page), 'segment end').toEqual([]);

    await page.locator('#open-debrief').click();
    await page.locator('article.debrief').waitFor();
    const debrief = page.locator('article.debrief');
    expect(await debrief.locator('.debrief-vote').count()).toBe(votes);
    const tally = await debrief.locator('.debrief-vote').first().locator('tbody').textContent();
    expect(tally).toContain('3');
    expect(await debrief.textContent()).toContain(voteTexts[0]);
    expect(await debrief.locator('.debrief-sources li').count()).toBeGreaterThan(0);
    expect(await debrief.locator('.follow-up li').count()).toBe(3);
    expect(await axe(page), 'debrief').toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-page').click()]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('kengir-lesson-debrief.html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Class votes');
    expect(html).not.toMatch(/<script/i);

    const debriefPdf = await pdfText(page);
    expect(debriefPdf.bytes).toBeGreaterThan(1000);
    for (const title of ['Lesson debrief', 'The segment played', 'Class votes', 'What prisoners actually did', 'Questions discussed', 'Follow-up questions', 'Sources', segmentTitle]) {
      expect(debriefPdf.text, `debrief PDF: ${title}`).toContain(title);
    }
    expect(debriefPdf.text).not.toContain('Download as a web page');

    await page.locator('#debrief-guide').click();
    await page.locator('article.teacher-guide').waitFor();
    expect(await axe(page), 'teacher guide').toEqual([]);
    const guidePdf = await pdfText(page);
    expect(guidePdf.bytes).toBeGreaterThan(5000);
    for (const title of ['Two viewpoints on one night', 'Segments of Jonas Vaitkus’s path', 'Teacher guide', 'Overview and rationale', 'Content notes and age guidance', 'Suggested lesson plans', 'The segments', 'Vocabulary', 'Timeline', 'Cheat sheet', 'Bibliography', segmentTitle]) {
      expect(guidePdf.text, `guide PDF: ${title}`).toContain(title);
    }

    // Back at the plan, the last lesson's debrief is still there (sessionStorage, this tab only).
    await page.locator('#page-back').click();
    await page.locator('#last-debrief').click();
    expect(await page.locator('article.debrief .debrief-vote').count()).toBe(votes);
    expectClean(watched);
    await watched.context.close();
  });

  it('rehearses: every choice shows where it leads, any day can be opened, Page Up goes back a screen', async () => {
    const watched = await openGame(browser, '?mode=classroom', PROJECTOR);
    const { page } = watched;
    await page.locator('ol[data-viewpoint="halyna"]').getByLabel(/^Segment 2\b/).check();
    await page.locator('#rehearse').click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('.rehearsal-bar').count()).toBe(1);
    let first = '';
    for (let step = 0; step < 200; step += 1) {
      if (await page.locator('.story-controls .choices').count()) break;
      if (await page.locator('#pause-discuss').count()) {
        await page.locator('#pause-discuss').click();
        await page.locator('#discuss-done').click();
        continue;
      }
      if (step === 0) first = await page.locator('.story-text').innerText();
      await page.keyboard.press('PageDown');
      if (step === 0 && await page.locator('.story-controls .continue').count()) {
        await page.keyboard.press('PageUp');
        expect(await page.locator('.story-text').innerText()).toBe(first);
      }
    }
    const choices = await page.locator('.story-controls .choices .choice').count();
    expect(choices).toBeGreaterThan(0);
    await page.locator('.rehearsal-previews li').first().waitFor();
    expect(await page.locator('.rehearsal-previews li').count()).toBe(choices);
    expect(await page.locator('.rehearsal-previews .preview-leads').first().textContent()).toMatch(/Leads to: \S/);
    expect(await axe(page), 'rehearsal').toEqual([]);

    await page.locator('#rehearsal-day').selectOption('42');
    await page.locator('#rehearsal-jump').click();
    await expect.poll(() => page.locator('#date-line').getAttribute('data-day')).toBe('42');
    await page.locator('#rehearsal-notes').click();
    await page.locator('dialog.notes-dialog').waitFor();
    expect(await page.locator('dialog.notes-dialog .note-entry').count()).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    expectClean(watched);
    await watched.context.close();
  });

  for (const { id, name, day, people } of [
    { id: 'jonas', name: 'Jonas', day: '3', people: /Ostap|Stasys|Rimas|Vaitkus/ },
    { id: 'pavel', name: 'Pavel', day: '4', people: /Tarasov|Matvei|Antanas|Lavrov/ },
  ]) {
    it(`offers ${name}\u2019s path beside Halyna\u2019s, and starts his segment from its own stored state`, async () => {
      const watched = await openGame(browser, '?mode=classroom', PROJECTOR);
      const { page } = watched;
      await expect.poll(() => page.locator('h2.segment-path').allTextContents()).toEqual(['Halyna Savchuk\u2019s path', 'Jonas Vaitkus\u2019s path', 'Pavel Lavrov\u2019s path']);
      const path = page.locator(`ol[data-viewpoint="${id}"]`);
      expect(await path.locator('.segment-option').count()).toBe(9);
      const title = (await path.locator('.segment-option').nth(1).locator('.segment-title').textContent())!;
      await path.getByLabel(/^Segment 2\b/).check();
      await page.locator('#start-lesson').click();
      await page.locator('.story-text p.line').first().waitFor();
      expect(await page.locator('.segment-badge').textContent()).toContain(title);
      await expect.poll(() => page.locator('#date-line').getAttribute('data-day')).toBe(day);
      // His own people, not Halyna's: a name only his path has, within the first screens.
      let text = '';
      for (let step = 0; step < 12 && !people.test(text); step += 1) {
        text += await page.locator('.story-text').innerText();
        if (await page.locator('#pause-discuss').count()) { await page.locator('#pause-discuss').click(); await page.locator('#discuss-done').click(); continue; }
        if (await page.locator('.story-controls .choices').count()) break;
        await page.keyboard.press('PageDown');
      }
      expect(text).toMatch(people);
      expect(await axe(page), `${name}\u2019s lesson`).toEqual([]);
      await page.locator('#end-lesson').click();
      await page.locator('article.debrief').waitFor();
      expectClean(watched);
      await watched.context.close();
    });
  }

  it('takes typed numbers, lets the teacher break a tie, and keeps the tie in the debrief', async () => {
    const watched = await openGame(browser, '?mode=classroom', PROJECTOR);
    const { page } = watched;
    await page.locator('ol[data-viewpoint="halyna"]').getByLabel(/^Segment 1\b/).check();
    await page.getByLabel(/Numbers entered/).check();
    await page.locator('#start-lesson').click();
    await page.locator('.story-text p.line').first().waitFor();
    for (let step = 0; step < 300; step += 1) {
      if (await page.locator('.story-controls .choices').count()) break;
      if (await page.locator('#pause-discuss').count()) {
        await page.locator('#pause-discuss').click();
        await page.locator('#discuss-done').click();
        continue;
      }
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('PageDown');
    const card = page.locator('dialog.vote-card');
    await card.waitFor();
    const inputs = card.locator('input.vote-input');
    expect(await inputs.count()).toBeGreaterThanOrEqual(2);
    await inputs.nth(0).fill('12');
    await inputs.nth(1).fill('12');
    expect(await axe(page), 'vote card, numbers').toEqual([]);
    await card.locator('#take-majority').click();
    await card.locator('.tie-option').first().waitFor();
    expect(await card.locator('.tie-option').count()).toBe(2);
    await card.locator('.tie-option').nth(1).click();
    expect(await card.locator('.vote-result').textContent()).toMatch(/The teacher chose/);
    await card.locator('#vote-continue').click();
    await page.locator('#end-lesson').click();
    const vote = page.locator('article.debrief .debrief-vote').first();
    expect(await vote.textContent()).toContain('A tie: the teacher decided.');
    expect(await vote.locator('tbody tr').nth(1).textContent()).toContain('12');
    expectClean(watched);
    await watched.context.close();
  });
});
