// Content pack: endnotes for what left the epilogue's prose (issue 13, bible §10: at most two
// screens of facts; the rest lives here). The 1953-1956 context of fact-base addendum 2, §2.
// History: fact base §1, §3.3, §6-8; addendum 2 §1-§3. Our own words; every figure attributed.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'beria_1953',
      title: 'The fall of Beria',
      date: { from: '1953-06', to: '1953-12', label: 'June \u2013 December 1953' },
      body:
        'Lavrentiy Beria had run Stalin\u2019s police for years. After Stalin died in March 1953 he sent the proposal that grew into the amnesty of that spring, which freed more than a million people, most of them with short sentences. ' +
        'In June 1953 the other Soviet leaders had him arrested, and in December 1953 he was shot. ' +
        'In the special camps the rumours of 1953 had turned on him: that he would take power, that he was dead, that everyone would be freed, or shot. ' +
        'To many prisoners the fall of the police chief himself was a sign that the system might change, and that it was worth asking for more. ' +
        'The strikes at Norilsk and Vorkuta in the summer of 1953 came in those months; the Kengir revolt a year later grew out of the same hopes.',
      sources: ['rayfield', 'applebaum_2003', 'amnesty_1953'],
    },
    {
      id: 'thaw_1956',
      title: '1956: the speech, and the executions after it',
      date: { from: '1956-02-25', to: '1956-09', label: '25 February \u2013 September 1956' },
      body:
        'From 1954 the special-camp regime was eased, and the camps emptied: Steplag held 21,090 prisoners at the start of 1954 and 7,603 in July 1956. ' +
        'On 25 February 1956 Nikita Khrushchev, the Party leader, gave his \u201csecret speech\u201d to the 20th Party Congress and denounced Stalin\u2019s terror. ' +
        'That year review commissions went through the camps and released many political prisoners. ' +
        'The leaders of the Kengir uprising were not among them. They had been tried in 1955, and those whose death sentences stood were shot in September 1956, months after the speech. ' +
        'Which day in September, and where, the sources do not agree: see the note on the trials and executions. ' +
        'Kapiton Kuznetsov\u2019s death sentence was commuted, and he was released in 1960.',
      disputed: 'The date and place of the executions (18 September at Kengir, or 12 September at Yanga for Sluchenkov) and their number (six or seven) are disputed.',
      sources: ['applebaum_2003', 'wikipedia_en', 'wikipedia_steplag', 'novaya_2016', 'wikipedia_sluchenkov'],
    },
    {
      id: 'named_dead',
      title: 'Names of the dead of 26 June',
      date: { from: '1954-06-26', label: '26 June 1954' },
      body:
        'No list of the dead of 26 June has been published that we could read. Solzhenitsyn, who wrote his chapter in secret from what survivors told him, names a few of them: ' +
        'Alla Presman, from Kyiv; two Estonian women, Ingrid Kivi and Mahlapuu; and Semyon Rak. He writes that the tanks killed them. ' +
        'A survivor quoted by Gulag.cz remembered two young prisoners who fell under a tank and were buried in one grave. ' +
        'Halyna Savchuk is invented; these people were not, and the game gives them no words, no private lives and no scenes. ' +
        'Most of the dead of that morning are known to us only as numbers, and the numbers themselves are disputed.',
      sources: ['solzhenitsyn_gulag', 'gulag_cz_2024'],
      place: 'women_zone',
    },
  ],
  prompts: [],
  moments: [],
  glossary: [],
};
