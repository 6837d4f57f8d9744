// Content pack for Act I (prologue to day 4, early May and 16-19 May 1954): endnotes, discussion
// prompts, history moments and glossary terms. Facts from the fact base §1-3, §8 and its addendum
// §9-10, §13, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'special_camps',
      title: 'The special camps',
      date: { from: '1948', to: '1954', label: '1948\u20131954' },
      body:
        'In February 1948 a government decree and an MVD order set up \u201cspecial camps\u201d for political prisoners convicted under the harsher parts of Article 58, such as treason, espionage and terrorism, and for people labelled \u201cnationalists\u201d. Their regime was stricter than in ordinary camps. Solzhenitsyn describes three or four white cloth patches with the prisoner\u2019s number on the back, chest and cap; the jacket was cut under the patch so that it could not be torn off in an escape, and warders were told to use numbers, not names. Windows were barred and barracks locked at night: the strikers of Norilsk in 1953 demanded that the locks, bars and numbers go. Letters home were strictly limited, and freer contact with families was a demand both at Norilsk and at Kengir. Most special camps became ordinary camps again in 1954.',
      disputed:
        'How many letters a year were allowed is not established in the sources used here. One Ukrainian book says that in 1953 the Kengir administration gave way on some rules, leaving barracks unlocked at night and removing numbers; it is a single source, and the rules may have varied by barrack and by month.',
      sources: ['special_camps_wiki', 'solzhenitsyn_gulag', 'norilsk_gnad', 'chronology_1954', 'applebaum_2003', 'herasymiuk'],
      place: 'women_barrack',
    },
    {
      id: 'steplag',
      title: 'Steplag and the Kengir camp division',
      date: { from: '1948-09', to: '1954', label: 'September 1948 to 1954' },
      body:
        'Steplag, the \u201cSteppe Camp\u201d or Special Camp No. 4, was formed in September 1948 from a prisoner-of-war camp at Dzhezkazgan in Kazakhstan. Its administration sat in the settlement of Kengir, today part of Zhezkazgan. At the start of 1954 it held about 21,000 prisoners, nearly half of them Ukrainians, then Lithuanians, Russians, Latvians, Estonians and many others. They built a reservoir and dam, a power station, an ore plant and parts of the town, and mined copper. Kengir was Steplag\u2019s 3rd camp division: one rectangle inside one fire zone, cut by adobe (saman) walls into the women\u2019s 1st lagpunkt, the service yard, the men\u2019s 2nd and 3rd lagpunkts and a prison zone. An MVD table of 10 June 1954 counts 5,597 prisoners there: 3,190 men and 2,407 women. Only the order of the zones is documented; the game\u2019s map is a reconstruction.',
      disputed:
        'Steplag is often confused with an earlier Dzhezkazgan camp of 1940\u20131943, and \u201cKengir\u201d with the whole of Steplag, when it was one division of it.',
      sources: ['wikipedia_steplag', 'bondaruk', 'solzhenitsyn_gulag', 'formozov_kites', 'wikipedia_ru', 'gmig_steplag'],
      place: 'service_yard',
    },
    {
      id: 'amnesty_strikes_1953',
      title: 'The amnesty and the strikes of 1953',
      date: { from: '1953-03', to: '1953-08', label: 'March to August 1953' },
      body:
        'Stalin died on 5 March 1953. On 27 March an amnesty decree freed between about 1.2 and 1.35 million people: those serving up to five years, some economic and military offenders, pregnant women and mothers of young children, minors, the old and the incurably ill. It left out long-term \u201ccounter-revolutionaries\u201d, so almost every political prisoner stayed behind while criminals went home, and the special camps seethed. That summer prisoners struck at Norilsk (26 May to 4 August) and at Vorkuta (July to 1 August). Beria, Stalin\u2019s police chief, from whose draft the amnesty grew, was arrested in June and shot in December; to many prisoners his fall was a sign that the system itself might change. At Norilsk they demanded reviews of their cases, an eight-hour day, the right to write home, and the removal of locks, bars and numbers. At Vorkuta the strike ended on 1 August when troops fired on the strikers. A Lithuanian account says strikers from Norilsk and Vorkuta were later moved to Kengir and brought their experience with them.',
      disputed:
        'Vorkuta: the start is dated 19 or 22 July; the commission counted 42 killed and 135 wounded, other documents 53 killed. Norilsk: an official report gives 23 killed on one day, eyewitnesses several hundred over several days.',
      sources: ['amnesty_1953', 'rayfield', 'norilsk_gnad', 'vorkuta_sources', 'applebaum_2003', 'zlatkus_2003'],
    },
    {
      id: 'criminals_sent_in',
      title: 'Thieves in a camp for politicals',
      date: { from: '1954-03', to: '1954-05', label: 'Spring 1954' },
      body:
        'Special camps normally held political prisoners, not professional criminals. In spring 1954 criminal convicts were sent into the Kengir division, mainly into the 3rd lagpunkt. An archival instruction of 29 March 1954 ordered 4,000 more prisoners for Dzhezkazgan because its building and ore plans were failing; an archive-based chronology says about 1,400 came, described as men who refused to work. Applebaum writes that the administration, perhaps trying to regain control, told the newcomers openly to pick fights with the politicals of the 3rd lagpunkt, the most rebellious. Solzhenitsyn saw it the same way, and saw it backfire: instead of fighting, thieves and politicals agreed to work together.',
      disputed:
        'How many criminals came is disputed: 500 \u201cfrom Kolyma\u201d in popular sources, about 600 according to the Zhezkazgan historian Allaniyazov, about 1,400 newcomers in the chronology. Formozov says 421 criminal convicts were removed on 23 May.',
      sources: ['chronology_1954', 'wikipedia_steplag', 'applebaum_2003', 'solzhenitsyn_gulag', 'nemoskva_2025', 'caravan_allaniyazov', 'formozov_kites'],
      place: 'lagpunkt_3',
    },
    {
      id: 'may16_service_yard',
      title: '16 May: the raid on the service yard',
      date: { from: '1954-05-16', label: 'Sunday 16 May 1954' },
      body:
        'On Sunday 16 May, a day without work, the thieves began an attempt to take the service yard (khozdvor), which held all the camp\u2019s food stores and its workshops. They climbed onto its walls and roofs. According to Solzhenitsyn, an officer he calls Belyaev, nicknamed \u201cWart\u201d, led a platoon of unarmed soldiers out through the yard\u2019s gates and pushed the attackers back to the 3rd lagpunkt while stones and adobe bricks flew from the wall. No one was arrested. That evening a film, Rimsky-Korsakov, was shown near the dining hall of the 2nd lagpunkt, and the thieves shot out the zone\u2019s lamps with slingshots. In the dark, the first men crossed the walls.',
      disputed:
        'The details of this day rest on Solzhenitsyn, who wrote from witnesses\u2019 accounts without archives. Other texts start the revolt elsewhere: a Lithuanian article on the evening of 14 May, a 2018 Novaya Gazeta piece on 18 May.',
      sources: ['solzhenitsyn_gulag', 'formozov_kites', 'zlatkus_2003', 'novaya_2018'],
      place: 'service_yard',
    },
    {
      id: 'crossings',
      title: 'Three nights across the walls',
      date: { from: '1954-05-16', to: '1954-05-18', label: 'Nights of 16, 17 and 18 May 1954' },
      body:
        'Formozov, working from the archives, describes how on three nights running growing groups of men broke through the adobe walls, crossed the service yard and entered the women\u2019s zone. The thieves went first. Then Ukrainians and Lithuanians followed, worried for their sisters and friends: many families were divided between the zones. Solzhenitsyn and Russian Wikipedia agree that the inner walls were broken through in these days. What the women themselves did on those nights is hardly recorded in the sources used here, so Halyna\u2019s nights are reconstruction.',
      disputed:
        'Sources stress different motives. Formozov speaks of families and friends; the Zhezkazgan historian Allaniyazov names the men\u2019s wish to reach the women as the immediate cause, and says guards fired when criminals tried to force their way into the women\u2019s section. The MVD later blamed \u201ccriminal recidivists\u201d.',
      sources: ['formozov_kites', 'caravan_allaniyazov', 'solzhenitsyn_gulag', 'wikipedia_ru', 'kokurin_petrov'],
      place: 'wall_women_yard',
    },
    {
      id: 'shootings_may',
      title: 'The May shootings: dates and tolls',
      date: { from: '1954-05-15', to: '1954-05-18', label: '15\u201318 May 1954 (dates disputed)' },
      body:
        'Guards fired on prisoners in the days when the walls were breached, but the sources disagree on when, and on how many died. Formozov, citing an archival note, describes submachine gunners entering the service yard on 18 May to separate the lagpunkts and opening fire: 18 killed and 70 wounded. Colonel Konovalov, head of the Karaganda regional MVD, ordered the firing stopped. The Zhezkazgan historian Allaniyazov also gives 18 dead. When the prisoners put their demands to the second Moscow commission on 27 May, the first was an inquiry into the use of weapons and the punishment of those responsible. The game gives a figure only with its source.',
      disputed:
        'Formozov (archival note): 18 May, 18 killed and 70 wounded. Kuznetsov, in his later statement: firing on 16\u201317 May. The prisoners\u2019 demands of 27 May: an inquiry into weapons used on 17\u201318 May. English Wikipedia, in the Solzhenitsyn tradition: 13 killed and 43 wounded. A popular Ukrainian tradition: on 15 May a sentry named Kalimulin fired on a men\u2019s column, 13 killed and 33 wounded (5 of whom died later); its sources draw on one another, and no archive-based account mentions it.',
      sources: ['formozov_kites', 'caravan_allaniyazov', 'amil_steplag', 'chronology_1954', 'nemoskva_2025', 'holodomor_museum_2024', 'herasymiuk', 'ukrainian_retellings'],
      place: 'service_yard',
    },
    {
      id: 'first_commission',
      title: '19 May: the first Moscow commission',
      date: { from: '1954-05-18', to: '1954-05-19', label: '18\u201319 May 1954' },
      body:
        'On 19 May a commission arrived: Lieutenant-General Viktor Bochkov, deputy head of the Gulag; Major-General V. V. Gubin, interior minister of the Kazakh republic; and M. D. Samsonov of the USSR Procuracy. According to Formozov it promised to meet the prisoners\u2019 demands, to cut gates between the men\u2019s zones and the women\u2019s zone, and to punish no one. Around the same days the prisoners chose a commission of their own; its early demands were that the administration stay out of the zones until a government commission came, and that the fire zones be removed. Bochkov is credited with calling the revolt a \u201csabantuy\u201d, soldiers\u2019 slang for a row or a ruckus (after a Tatar festival), and the prisoners took the word up. For about three days, 20\u201322 May, the camp worked normally.',
      disputed:
        'How the prisoners\u2019 commission was formed rests on Kuznetsov\u2019s later statement as read by Shakir a-Mil (two representatives from each lagpunkt), a hostile or self-serving source. Applebaum notes that accounts differ: some witnesses say the authorities themselves suggested an election. Samsonov\u2019s initials differ between sources.',
      sources: ['formozov_kites', 'wikipedia_ru', 'ehistory_2016', 'amil_steplag', 'bochkov_bios', 'applebaum_2003'],
      place: 'guardhouse',
    },
  ],
  prompts: [
    {
      id: 'numbers_instead_of_names',
      question: 'Why might a camp system put numbers on clothes, lock barracks at night and limit letters? What does each rule take away from a prisoner?',
      skill: 'context',
      reveal:
        'The special camps of 1948 were meant to isolate political prisoners under a harsher regime. When prisoners struck at Norilsk in 1953 they demanded that locks, bars and numbers go and that they be allowed to write home; freer contact with families was again a demand at Kengir in 1954.',
      note: 'special_camps',
    },
    {
      id: 'why_did_men_cross',
      question: 'One historian says the men crossed to protect sisters and friends, another names the men\u2019s wish to reach the women, and the MVD blamed criminals. Why might each source tell it its own way?',
      skill: 'sourcing',
      reveal:
        'Formozov, working from archives, describes thieves crossing first and then Ukrainians and Lithuanians worried for their families. A Zhezkazgan historian stresses the men\u2019s wish to reach the women. The MVD, which crushed the revolt, framed it as the work of criminals. Each account is shaped by who wrote it and why; the women\u2019s own view of these nights is hardly recorded.',
      note: 'crossings',
    },
    {
      id: 'counting_the_dead',
      question: 'Sources date the May shooting to 15, 16\u201317, 17\u201318 or 18 May, with 13 or 18 killed. How would you decide what to trust, and what can we say for certain?',
      skill: 'corroboration',
      reveal:
        'Formozov\u2019s 18 killed and 70 wounded on 18 May cites an archival note, and Allaniyazov, a Zhezkazgan historian who also worked in the archives, gives 18 dead. The 15 May \u201cKalimulin\u201d story comes from popular and commemorative sources that repeat one tradition. What all agree on: guards fired on prisoners in these days, and people died.',
      note: 'shootings_may',
    },
    {
      id: 'trust_the_promise',
      question: 'On 19 May generals from Moscow promised gates between the zones and no punishment. If you had been a prisoner, what would you have needed to see before you believed them?',
      skill: 'agency',
      reveal:
        'The prisoners gave the promise a chance: the camp worked normally for about three days. On 23 May the administration shipped out 421 criminal convicts and rebuilt the broken walls, and prisoners coming back from work found a blank wall where a gate had been promised. The revolt began again the next day.',
      note: 'first_commission',
    },
  ],
  moments: [
    {
      id: 'third_night',
      moment: 'When soldiers stood in the service yard and men meant to cross again (18 May)',
      whatPrisonersDid:
        'Men kept crossing. Formozov describes growing groups entering the women\u2019s zone on the nights of 16, 17 and 18 May, first thieves, then Ukrainians and Lithuanians worried for their sisters and friends. On 18 May submachine gunners in the service yard opened fire: 18 killed and 70 wounded by his archival count, while other sources give other dates and numbers.',
      note: 'crossings',
    },
    {
      id: 'women_representatives',
      moment: 'When the zones chose people to speak for them (18\u201319 May)',
      whatPrisonersDid:
        'The prisoners chose a commission of their own, in one reading of Kuznetsov\u2019s later statement two representatives from each lagpunkt, the women\u2019s zone among them. On the commission that led the revolt from late May, three women sat for the 1st lagpunkt, according to the list in Russian Wikipedia. After the revolt was crushed, officials used photographs taken at the prisoners\u2019 meetings to pick out leaders.',
      note: 'first_commission',
    },
    {
      id: 'trust_the_generals',
      moment: 'When Moscow promised gates and no punishment (19 May)',
      whatPrisonersDid:
        'They gave the promise a chance: for about three days, 20\u201322 May, the camp worked normally. On 23 May the walls were rebuilt and 421 criminal convicts were shipped out, and the gate was never cut. From 24 May the prisoners took over the camp and insisted on a visit from a member of the Party leadership, because they no longer trusted the camp authorities or the MVD.',
      note: 'first_commission',
    },
  ],
  // Glossary terms used in these days (khozdvor, lagpunkt, blatnye, shizo, vakhta, sabantuy, saman)
  // are written in packs/history.ts.
  glossary: [],
};
