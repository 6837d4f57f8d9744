// Content pack for Pavel's path, writer p1 (prologue and Act I, early May and 16-19 May 1954; see
// docs/briefs/pavel-arc.md): endnotes, discussion prompts, history moments and glossary terms his
// days add. His days also link act1.ts's notes (special_camps, steplag, amnesty_strikes_1953,
// criminals_sent_in, may16_service_yard, crossings, shootings_may, first_commission), its moment
// trust_the_generals and history.ts's glossary (sabantuy). Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_pows_traitors',
      title: 'Soldiers who had been prisoners of war',
      date: { from: '1948', to: '1954', label: '1948\u20131954' },
      body:
        'Steplag held mostly political prisoners convicted under Article 58, and the special camps were meant for the harsher parts of it, such as treason, espionage and terrorism. Among Steplag\u2019s prisoners, the sources used here say, were Red Army veterans, some of them former prisoners of the Germans. The chairman of the prisoners\u2019 commission, Kapiton Kuznetsov, was one kind of case: in 1949 a special board of the MGB, without a trial, sentenced him to 25 years for \u201cservice in fascist punitive detachments\u201d. In a petition of 1955 he himself wrote that he had been a prisoner in Flossenb\u00fcrg and Mauthausen; no independent source confirms it. The sources used here give no figure for how many former prisoners of war were in Steplag, nor the charge in each case. Pavel and Matvei, sentenced for having been captured, are fiction built on these facts.',
      disputed:
        'Kuznetsov\u2019s charge survives only as an archival extract quoted by Shakir a-Mil, whose books read the revolt in a contrarian, polemical way; the article number in the transcription (\u201c59-1b\u201d) is probably a slip for 58-1b.',
      sources: ['special_camps_wiki', 'wikipedia_steplag', 'barnes_2005', 'bondaruk', 'amil_steplag'],
      place: 'lagpunkt_2',
    },
    {
      id: 'p_petitions_amnesty',
      title: 'Left out of the amnesty: reviews asked for',
      date: { from: '1953-03', to: '1954-05', label: 'March 1953 to May 1954' },
      body:
        'The amnesty of 27 March 1953 freed between about 1.2 and 1.35 million people, but not prisoners serving more than five years for \u201ccounter-revolutionary\u201d crimes. Almost every political prisoner was therefore left behind, and the special camps watched criminals go home. A review of their cases became the politicals\u2019 demand. The strikers of Norilsk in 1953 asked for reviews of sentences; at Vorkuta a deputy interior minister, Maslennikov, promised case reviews. At Kengir, among the demands read to the Moscow commission on 27 May 1954, were a review of the cases of those convicted under Article 58 and shorter sentences for those serving 25 years. The sources used here do not describe how individual prisoners wrote petitions in the camp, or what answers came; Pavel\u2019s corner of the barrack, his soot ink and his petitions are reconstruction.',
      sources: ['amnesty_1953', 'norilsk_gnad', 'vorkuta_sources', 'applebaum_2003', 'chronology_1954'],
      place: 'barrack_pavel',
    },
  ],
  prompts: [
    {
      id: 'p_who_counted',
      question: 'Pavel writes down the names of the wounded he sees carried past one door. Whose counts of the May shooting have come down to us, who made them, and why might they differ?',
      skill: 'sourcing',
      reveal:
        'The historian Formozov, citing an archival note, gives 18 killed and 70 wounded on 18 May: a count made by the authorities and kept in their archives. The Solzhenitsyn tradition, which he built from former prisoners\u2019 memories and English Wikipedia repeats, gives 13 killed and 43 wounded. A popular Ukrainian tradition tells of a shooting on 15 May with 13 killed. The prisoners themselves made the shooting the first of their demands on 27 May: an inquiry into the use of weapons on 17\u201318 May. No list kept by a prisoner that night is known from the sources used here; Pavel\u2019s list is fiction.',
      note: 'shootings_may',
    },
    {
      id: 'p_promise_on_paper',
      question: 'Nobody in Pavel\u2019s barrack heard the generals\u2019 promises of 19 May themselves. How do we know what was promised, and who would have written it down at the time?',
      skill: 'sourcing',
      reveal:
        'The promises (to meet the demands, to cut gates between the men\u2019s and women\u2019s zones, to punish no one) come to us through Formozov, a historian working from the archives, and the Russian Wikipedia article. The word \u201csabantuy\u201d is credited to General Bochkov by a single popular history site. The sources used here contain no written text of the promise. On 23 May the administration rebuilt the walls instead of cutting gates, and the prisoners later demanded a member of the Party leadership, because they no longer trusted the camp or the MVD.',
      note: 'first_commission',
    },
  ],
  moments: [
    {
      id: 'p_petition_review',
      moment: 'When political prisoners left out of the 1953 amnesty asked for their cases to be reviewed (early May 1954)',
      whatPrisonersDid:
        'A review of their cases was what the politicals wanted most. The Norilsk strikers of 1953 demanded it, and at Kengir the demands read to the Moscow commission on 27 May 1954 asked for a review of the cases of those convicted under Article 58 and shorter terms for those serving 25 years. The slogans were in the state\u2019s own words: \u201cWe are for Soviet laws but against those who distort them.\u201d How individual prisoners worded their own petitions is not recorded in the sources used here.',
      note: 'p_petitions_amnesty',
    },
    {
      id: 'p_first_list',
      moment: 'When the wounded of the May shooting were carried back into the men\u2019s zone (18 May)',
      whatPrisonersDid:
        'The prisoners made the shooting the first of their demands: on 27 May they asked for an inquiry into the use of weapons on 17\u201318 May and the punishment of those responsible. The counts that survive were made later or by the other side: 18 killed and 70 wounded in Formozov\u2019s archival note, 13 killed in other traditions. Who among the prisoners wrote down names that night is not recorded in the sources used here. After 26 June, officials picked out leaders from photographs taken at the prisoners\u2019 meetings: paper and pictures could name people.',
      note: 'shootings_may',
    },
  ],
  glossary: [],
};
