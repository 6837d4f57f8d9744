// Content pack: notes, discussion prompts, history moments and glossary terms for act4
// (Act IV "The siege" and Act V "Dawn", days 31-42, 15-26 June 1954, the endings and the epilogue).
// History: fact base §3.2-3.3, §4, §6-8 and the addendum §1, §2, §7, §8, §10, §13, §14. Our own words.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'june15_tanks',
      title: '15 June: a train with five tanks',
      date: { from: '1954-06-15', label: 'Tuesday 15 June 1954' },
      body:
        'On 15 June 1954 the USSR Minister of Internal Affairs, Sergei Kruglov, sent a telegram to his deputy Sergei Yegorov, who led the Moscow commission waiting outside the Kengir zone. ' +
        'According to Anne Applebaum, who worked from the archives, Kruglov scolded Yegorov for filling his reports with trivia, such as how many leaflet-carrying pigeons the prisoners had released, ' +
        'and told him that a troop train carrying five T-34 tanks was on its way. ' +
        'Nothing of this reached the zone. Lyubov Bershadskaya, one of the women prisoners, later remembered that none of them knew, or even thought about, what was waiting for them. ' +
        'That is why the game shows 15 June as an ordinary day: for the prisoners, it was one.',
      sources: ['applebaum_2003'],
      place: 'commission_hq',
    },
    {
      id: 'last_ten_days',
      title: 'The last ten days',
      date: { from: '1954-06-16', to: '1954-06-25', label: '16\u201325 June 1954' },
      body:
        'Applebaum describes the final days of the uprising as very tense. MVD warnings went out over the loudspeakers, the prisoners broadcast that they were starving, ' +
        'and Kapiton Kuznetsov, the chairman of the prisoners\u2019 commission, spoke on the camp radio about the destruction of his family. ' +
        'His words are not preserved in anything we have read, so the game does not invent them. ' +
        'Solzhenitsyn adds that for weeks the conflict was mostly a war of words: the authorities\u2019 loudspeakers mixed announcements and calls to go back to work with one or two gramophone records, ' +
        'played over and over, which also drowned out the prisoners\u2019 broadcasts to the soldiers. ' +
        'Rumours crossed the wire too. Three sources report a strike in a neighbouring Dzhezkazgan camp division that June, and disagree about its dates; inside Kengir at the time it could only have been a rumour.',
      disputed:
        'How much food was left is disputed. An MVD act says that from 10 June the prisoners\u2019 commission cut everyone\u2019s bread to 500 grams as a manoeuvre against the administration, ' +
        'while the stores still held goods worth more than eight million (presumably roubles). The prisoners said they were starving.',
      sources: ['applebaum_2003', 'solzhenitsyn_gulag', 'kokurin_petrov', 'cia_1955', 'trubetskoy_memoir'],
    },
    {
      id: 'june25_decorations',
      title: '25 June: medals for long service',
      date: { from: '1954-06-25', label: 'Friday 25 June 1954' },
      body:
        'On 25 June 1954, the day before the assault, Major-General Sergei Yegorov received the Order of the Red Banner, and Lieutenant-General Ivan Ilyich Dolgikh, head of the Gulag, the Order of Lenin, both for long service. ' +
        'The historian Nikolai Formozov sets these awards beside another: on 15 July the minister of non-ferrous metals, P. F. Lomako, also received the Order of Lenin. ' +
        'That evening, Applebaum writes, Kruglov telegraphed Yegorov to use all possible resources. ' +
        'By then an act signed by Yegorov, Dolgikh, Vavilov, Bochkov, Ryazanov and Olyushkin had ordered troops into the zone, under cover of five tanks, on the night of 25 to 26 June. ' +
        'The prisoners knew none of this. This Dolgikh is not Ivan Ivanovich Dolgikh, the official blamed for the Nazino tragedy of 1933.',
      sources: ['formozov_kites', 'applebaum_2003', 'kokurin_petrov', 'wikipedia_dolgikh'],
      place: 'commission_hq',
      discussesMyth: true,
    },
    {
      id: 'assault_june26',
      title: '26 June: the assault',
      date: { from: '1954-06-26', label: 'Saturday 26 June 1954, from 03:30 to about 05:00' },
      body:
        'According to the MVD\u2019s own report, the radio warned the prisoners two minutes before the operation began: troops and tanks were coming in to destroy the barricades ' +
        'and to give those who did not support the disobedience a free way out. The MVD commission\u2019s appeal had set the troops\u2019 entry for 03:30. ' +
        'Shortly after three, Formozov writes, snipers shot the prisoners\u2019 pickets, the gates were opened and the tanks crawled in. ' +
        'Applebaum counts at least 1,700 soldiers, 98 dogs and five T-34 tanks; flares lit the barracks, and loudspeakers told those who would cooperate to leave quietly. ' +
        'Solzhenitsyn writes that some prisoners lay on the floors, some urged resistance and some ran out into the shooting. The 3rd lagpunkt fought back with stones, ' +
        'and tanks ran people down on barrack porches and against walls. The MVD report says the main operation lasted an hour and a half and ended at 05:00.',
      disputed:
        'The MVD report says the ordinary soldiers carried blank cartridges while officers fired aimed shots, and blames some of the deaths on the rebels: that is the MVD\u2019s own account. ' +
        'The number of tanks differs: five in the MVD act and in Applebaum, six in a Lithuanian account, seven in a CIA report. ' +
        'So does the number of troops: at least 1,700 with 98 dogs (Applebaum; Russian Wikipedia also gives 1,700), 1,600 with dogs and three fire engines in an unreferenced Ukrainian account (Fakeoff), \u201cseveral thousand\u201d in the Lithuanian one. ' +
        'The same Ukrainian account says the administration afterwards spread the story that the troops fired only blanks and the prisoners killed each other; the MVD report shows that this was the official version from the start. ' +
        'Applebaum notes that the claim that soldiers were drunk may be a legend.',
      sources: ['kokurin_petrov', 'formozov_kites', 'applebaum_2003', 'solzhenitsyn_gulag', 'wikipedia_ru', 'zlatkus_2003', 'cia_1955', 'fakeoff_2021'],
      place: 'guardhouse',
    },
    {
      id: 'women_uprising',
      title: 'Women on 26 June',
      date: { from: '1954-06-26', label: '26 June 1954' },
      body:
        'Women were about 43 per cent of the uprising\u2019s participants: an MVD table of 10 June counts 2,407 women among 5,597 prisoners in the division. ' +
        'On 26 June the MVD\u2019s report describes a crowd of up to about 500 women and men in the street of the women\u2019s zone, met with flares and dogs; it does not say that tanks drove into it. ' +
        'Other accounts do. Solzhenitsyn names women crushed on barrack porches, and a survivor quoted by Gulag.cz remembered two young prisoners who fell under a tank\u2019s tracks and were buried in one grave. ' +
        'The Hungarian doctor Ferenc V\u00e1rkonyi, a prisoner at Kengir, wrote in a literary memoir published in 1975 that about 200 Ukrainian women, most in embroidered shirts, ' +
        'linked arms and walked towards the tanks to protect their friends. His is the only account of that. After the assault about 500 women were sent to other camps. ' +
        'More of the women\u2019s own memories are still coming to light: in 2024 the Ternopil paper Svoboda quoted the memoir of Hanna Henyk-Skilska, sentenced in 1949 to 25 years, and Roksolana Popeliuk\u2019s Zhyva istoriia project draws on survivors\u2019 testimonies.',
      disputed:
        'Popular retellings say the leaders placed women in front of the tanks as a \u201chuman shield\u201d. No source we have read supports this; ' +
        'the one detailed account, V\u00e1rkonyi\u2019s, describes women who went out of their own accord.',
      sources: ['wikipedia_ru', 'wikipedia_steplag', 'kokurin_petrov', 'solzhenitsyn_gulag', 'gulag_cz_2024', 'varkonyi_1975', 'holodomor_museum_2024', 'applebaum_2003', 'svoboda_2024', 'popeliuk'],
      place: 'women_zone',
      discussesMyth: true,
    },
    {
      id: 'casualties_dispute',
      title: 'How many died on 26 June?',
      date: { from: '1954-06-26', label: '26 June 1954' },
      body:
        'There is no independent count. The MVD\u2019s operation report counts 35 bodies collected by 05:00, when the main operation ended. ' +
        'The official figures given by English and Russian Wikipedia are 37 or 46 killed and 106 wounded, with 40 soldiers lightly wounded. ' +
        'A secret report to the minister, Kruglov, as reported by Sputnik Kazakhstan in 2017, gives 46 killed, 52 seriously wounded and 454 lightly wounded. ' +
        'A CIA report of 1955, built on what returning prisoners said, speaks of about 600 dead. Survivors put the toll at 500 to 700 killed or wounded. ' +
        'It is sometimes said that 37 were killed outright and 9 died of wounds, making 46; no source we read confirms that. ' +
        'The game never chooses one number. The count of the victims is itself part of what was taken from them.',
      disputed:
        'Official counts (35 bodies; 37 or 46 killed and 106 wounded; 46 killed, 52 seriously and 454 lightly wounded) stand against the CIA\u2019s hearsay (about 600 dead) ' +
        'and survivors\u2019 estimates (500\u2013700 killed or wounded). The MVD report also blames part of the deaths on rebels killing prisoners who tried to leave; that claim is the MVD\u2019s alone.',
      sources: ['kokurin_petrov', 'wikipedia_en', 'wikipedia_ru', 'sputnik_2017', 'cia_1955'],
    },
    {
      id: 'selection_arrests',
      title: 'The steppe, the photographs, the arrests',
      date: { from: '1954-06-26', to: '1954-07', label: '26 June \u2013 July 1954' },
      body:
        'When the shooting stopped, Applebaum writes, survivors who were not in the hospital were marched out of the zone and made to lie face down, arms stretched out, for hours, under machine guns. ' +
        'Officials walked the rows and picked out leaders with the help of photographs taken at the prisoners\u2019 public meetings, and the reports of the few informers they still had. ' +
        '436 people were arrested, among them every member of the commission. ' +
        'A prisoner in a neighbouring division later heard from Kengir prisoners that soldiers with dogs split the crowd, and that people were driven in lorries to railway wagons and locked in; that account is second-hand. ' +
        'Applebaum\u2019s text says the prisoners were led \u201cinto the taiga\u201d. That is a slip: Kengir lies in the steppe.',
      sources: ['applebaum_2003', 'trubetskoy_memoir'],
      place: 'steppe',
      discussesMyth: true,
    },
    {
      id: 'transfers',
      title: 'A thousand sent away',
      date: { from: '1954-07', to: '1956-07', label: 'Summer 1954 onwards' },
      body:
        'After the assault about 1,000 prisoners, 500 men and 500 women, were accused of supporting the revolt and sent to other camps, Ozerlag and Kolyma. ' +
        'Applebaum, who gives these figures, adds that most of them were released by the end of the decade. ' +
        'The camp system itself was changing: in 1954 most special camps were turned back into ordinary labour camps. ' +
        'Steplag held 21,090 prisoners on 1 January 1954, 10,481 a year later and 7,603 in July 1956. ' +
        'Not everyone left: Applebaum cites an account that many activists stayed and quietly served out their terms. ' +
        'Some later stories say that survivors rebuilt the camp walls after 26 June. No source we read says so; the only documented rebuilding is the administration\u2019s, on 23 May.',
      sources: ['applebaum_2003', 'special_camps_wiki', 'wikipedia_steplag', 'formozov_kites'],
      discussesMyth: true,
    },
    {
      id: 'trials_executions',
      title: 'Trials and executions',
      date: { from: '1954-11-24', to: '1956-09', label: 'November 1954 \u2013 September 1956' },
      body:
        'The leaders\u2019 case went to the Karaganda regional court, which on 24 November 1954 sent it back for further investigation after the defendants complained about how they had been investigated. ' +
        'In August 1955, by Kuznetsov\u2019s own later account, the Supreme Court of the Kazakh SSR passed sentence. ' +
        'Writing to Voroshilov in December 1955 to ask for clemency, Sluchenkov said that seven people had been condemned to death. ' +
        'Applebaum says six were executed, among them Keller, Sluchenkov and Knopmus; who else was shot is not established in the sources we have. ' +
        'Even the date is uncertain: Novaya Gazeta puts the executions on 18 September 1956, at Kengir, while the Russian Wikipedia entry on Sluchenkov gives 12 September 1956, at Yanga in the Sverdlovsk region.',
      disputed:
        'Date and place: 18 September 1956 in Kengir (Novaya Gazeta, 2016) or 12 September 1956 at Yanga, Sverdlovsk region (Russian Wikipedia on Sluchenkov). ' +
        'Number: seven sentenced to death (Sluchenkov\u2019s letter) against six executed (Applebaum). Kuznetsov\u2019s commuted sentence may explain the difference, but no source says so.',
      sources: ['novaya_2016', 'amil_steplag', 'applebaum_2003', 'wikipedia_sluchenkov'],
    },
    {
      id: 'kuznetsov_fate',
      title: 'What became of Kuznetsov',
      date: { from: '1954-06', to: '1960', label: '1954\u20131960' },
      body:
        'Kapiton Kuznetsov, chairman of the prisoners\u2019 commission, wrote a long confession within about 48 hours of his arrest; Shakir a-Mil, who quotes his depositions, says they fill 40 handwritten pages. ' +
        'In August 1955, as he himself writes in a later petition, the Supreme Court of the Kazakh SSR sentenced him to death. The sentence was commuted, he was moved to Karlag, and in 1960 he was released. ' +
        'He had been a prisoner since December 1948, so he served about eleven years in all, six of them after the uprising. ' +
        'A popular article claims he was \u201cfully rehabilitated\u201d after a short time. We found nothing to support that. ' +
        'A 2012 Kazakh article says no rehabilitation decisions were made for the uprising\u2019s main organisers, and the rehabilitation Kuznetsov himself claimed in 1955 concerned his first case, of 1949. ' +
        'Nothing confirms that his sentence was commuted to 25 years, and his death date is unknown.',
      sources: ['applebaum_2003', 'amil_steplag', 'goretsky_2012'],
      discussesMyth: true,
    },
    {
      id: 'camp_today',
      title: 'What remains of the camp',
      date: { from: '1954-06-26', label: 'After 26 June 1954, and today' },
      body:
        'Kengir was a settlement a few kilometres north of Dzhezkazgan; today it lies inside the city of Zhezkazgan in Kazakhstan. After the camp closed, a large motor depot was built on the site. ' +
        'In November 2018 the GULAG History Museum in Moscow surveyed the remains from the air. It recorded camp administration buildings, the ruins of the canteen, the medical station, barracks, ' +
        'and the wall that once divided the women\u2019s zone from the men\u2019s. Under later paint on the canteen walls it found murals by prisoners, titled \u201cRudnik\u201d and \u201cMineral-processing plant\u201d. ' +
        'In 2021 Gulag.online mapped a surprising number of remnants in the city\u2019s industrial zone. ' +
        'Memory is kept in other ways too: Yuri Ferenchuk, who took part in the uprising, painted \u201cThe Blood of Kengir\u201d in 1993, as a 2023 summary on the Kazakh site biz.kz recalls. ' +
        'The camp was run by the Soviet MVD; nothing in this history makes the people who live in Zhezkazgan today responsible for it.',
      sources: ['gmig_steplag', 'gulag_online', 'wikipedia_kengir', 'biz_kz_2023'],
    },
  ],
  prompts: [
    {
      id: 'written_down',
      question: 'A woman warns Halyna that what she did in the open was seen and written down. After 26 June, how did the authorities decide whom to arrest? What does that tell us about the risks of speaking, singing or writing in public?',
      skill: 'context',
      reveal: 'Applebaum writes that after the assault officials walked the rows of prisoners lying in the steppe and picked out leaders with photographs taken at the prisoners\u2019 public meetings and the reports of the few informers they still had. 436 people were arrested. The prisoners could not have known in June which of their public moments would be used against them.',
      note: 'selection_arrests',
    },
    {
      id: 'what_they_knew',
      question: 'On 15 June the minister told the general that tanks were on the way, and nobody inside the zone knew. How do historians know about that telegram? Whose papers from 1954 survive, and whose do not?',
      skill: 'sourcing',
      reveal: 'The telegram is known from the authorities\u2019 own papers, which Anne Applebaum read in the archives decades later. The prisoners left no archive of their own. What we know of their side comes mostly from memoirs written years afterwards, such as Lyubov Bershadskaya\u2019s, who remembered that none of them knew what was coming.',
      note: 'june15_tanks',
    },
    {
      id: 'kuznetsov_broadcast',
      question: 'Kuznetsov spoke over the camp radio about the destruction of his family. No recording or transcript survives in what we have read. What can we honestly say about this broadcast, and what can we not?',
      skill: 'sourcing',
      reveal: 'We can say that he spoke about it, because Applebaum reports it. We cannot say what he said. In a petition of 1955 he wrote that his wife had been killed in 1943, leaving four children, but nothing independent confirms it, and a petition is written to persuade. So the game shows only that he spoke.',
      note: 'last_ten_days',
    },
    {
      id: 'rumour_strike',
      question: 'Halyna hears that another camp has stopped work in sympathy. How could she test a rumour like this? How do historians test it today?',
      skill: 'corroboration',
      reveal: 'Three sources say a neighbouring Dzhezkazgan division struck in June 1954: Solzhenitsyn at third hand, a CIA report built on returning prisoners\u2019 hearsay, and the memoir of a prisoner in that division. They agree that it happened and disagree about when. Independent sources that agree make the event likely; their disagreement keeps the dates open.',
      note: 'last_ten_days',
    },
    {
      id: 'leave_quietly',
      question: 'The loudspeakers told prisoners who did not support the revolt to leave quietly. Why might someone go, and why might someone stay? Was leaving a betrayal, or a right?',
      skill: 'agency',
      reveal: 'The MVD\u2019s report says the radio offered those who did not support the disobedience a free way out. No source we have read says how many took it. Before 26 June no walk-outs are documented, and the MVD claimed that the prisoners\u2019 own guard stopped people leaving. On the morning itself, people did many different things.',
      note: 'assault_june26',
    },
    {
      id: 'casualty_counts',
      question: 'Counts of the dead on 26 June range from 35 to several hundred. Who made each count, and when? Why might their numbers differ?',
      skill: 'corroboration',
      reveal: 'The MVD counted 35 bodies within two hours; later official papers give 37 or 46 dead, one of them with more than 500 wounded. A CIA report repeated hearsay of about 600 dead, and survivors speak of 500 to 700 killed or wounded. The side that ordered the assault had reasons to count low; survivors saw it from inside, in the dark. There is no independent count.',
      note: 'casualties_dispute',
    },
    {
      id: 'one_witness',
      question: 'Only one account describes women linking arms and walking towards the tanks. Should we believe it? How should a game, a film or a textbook retell it?',
      skill: 'sourcing',
      reveal: 'Ferenc V\u00e1rkonyi was a prisoner at Kengir and wrote a literary memoir, published in Paris in 1975. His is the only account of the linked arms; other sources confirm a crowd of women in the street and women killed by the tanks. A careful retelling says who tells it, and does not claim, as some popular versions do, that the leaders pushed the women forward.',
      note: 'women_uprising',
    },
  ],
  moments: [
    {
      id: 'floor_promise',
      moment: 'When her brother asked her to lie on the floor if troops came in (21 June)',
      whatPrisonersDid: 'No prisoner knew on 21 June that the assault was five days away. When it came, Solzhenitsyn writes, some prisoners lay on the floors of the barracks, some urged others to resist and some ran out into the shooting. Halyna\u2019s brother is fictional; the choice between lying down and going out was real for thousands on 26 June.',
      note: 'assault_june26',
    },
    {
      id: 'night_duties',
      moment: 'When night duties were handed out (24 June)',
      whatPrisonersDid: 'Defence brigades were formed for each barrack, and pickets stood on the barricades before the guardhouses and on the roofs of service buildings. The kitchen, the bakery, the bathhouse and the hospital kept working, the hospital without medicines. Most prisoners slept in their barracks; one of the women later remembered that none of them knew what was coming.',
      note: 'last_ten_days',
    },
    {
      id: 'where_at_night',
      moment: 'Where to be on the night of 25 to 26 June',
      whatPrisonersDid: 'At 03:30, before dawn, most of the zone was in the barracks. The pickets on the barricades were shot first, by snipers. By the MVD\u2019s count, prisoners barricaded themselves in six barracks, and a crowd of up to about 500 women and men gathered in the street of the women\u2019s zone. Those in the hospital were not marched out to the steppe afterwards.',
      note: 'assault_june26',
    },
    {
      id: 'loudspeakers_leave',
      moment: 'When the loudspeakers said \u201cleave quietly\u201d (26 June)',
      whatPrisonersDid: 'The MVD says its radio offered those who did not support the revolt a free way out; no source we have read says how many took it. Solzhenitsyn writes that some prisoners lay on the barrack floors, some urged others to resist and some ran out into the shooting. In the 3rd lagpunkt men fought back with stones; in the women\u2019s zone a crowd stood in the street.',
      note: 'assault_june26',
    },
  ],
  glossary: [
    {
      id: 'vyshyvanka',
      term: 'vyshyvanka',
      lang: 'uk',
      forms: ['vyshyvanka', 'vyshyvanky'],
      definition: 'A Ukrainian embroidered shirt or blouse, often with red and black patterns at the collar and sleeves, worn on feast days. V\u00e1rkonyi wrote that most of the women who went out to meet the tanks on 26 June wore embroidered shirts.',
    },
    {
      id: 'vichnaia_pamiat',
      term: 'Vichnaia pamiat',
      lang: 'uk',
      forms: ['Vichnaia pamiat', 'Vichnaya pamyat'],
      definition: '\u201cEternal memory\u201d: the short chant that ends a Greek Catholic or Orthodox prayer for the dead.',
    },
    {
      id: 'ozerlag',
      term: 'Ozerlag',
      lang: 'ru',
      forms: ['Ozerlag'],
      definition: '\u201cLake Camp\u201d, one of the MVD\u2019s special camps for political prisoners. After the uprising about a thousand Kengir prisoners, half of them women, were sent to Ozerlag and to Kolyma.',
    },
  ],
};
