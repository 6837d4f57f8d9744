// Content pack: notes, discussion prompts, history moments and glossary terms for act2
// (Act II "The broken promise", days 5-12, 20-27 May 1954).
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'return_to_work',
      title: 'Three days of work',
      date: { from: '1954-05-20', to: '1954-05-22', label: '20\u201322 May 1954' },
      body:
        'On 19 May the first commission from Moscow promised the prisoners that no one would be punished and that small gates (kalitki) would be cut in the walls between the men\u2019s zones and the women\u2019s zone. ' +
        'The historian Nikolai Formozov, working from archival documents, shows what followed: for about three days, roughly 20 to 22 May, Kengir went back to work as normal. ' +
        'This pause matters for how the uprising is counted. \u201cForty days\u201d is the title Solzhenitsyn gave his chapter, and 16 May to 26 June is 42 days counted inclusively, ' +
        'but the prisoners did not hold the zone for all of that time. Formozov\u2019s account implies that their full control lasted from about 24 May to 26 June.',
      disputed:
        'Solzhenitsyn wrote from witnesses\u2019 accounts, without archives, and does not record the return to work; Formozov\u2019s archive-based account adds it. ' +
        '\u201c40\u201d and \u201c42\u201d days are two ways of counting, not a disagreement about facts.',
      sources: ['formozov_kites', 'solzhenitsyn_gulag', 'wikipedia_en'],
      place: 'sewing_workshop',
    },
    {
      id: 'may23_walls_rebuilt',
      title: 'The broken promise: the walls rebuilt',
      date: { from: '1954-05-23', label: 'Sunday 23 May 1954' },
      body:
        'On 23 May the camp administration sent away 421 prisoners convicted of ordinary crimes and fully rebuilt the adobe walls the prisoners had broken through. ' +
        'Prisoners coming back from work found a blank wall where a gate had been promised. ' +
        'Formozov dates the real beginning of the \u201csabantuy\u201d, the prisoners\u2019 ironic name for their revolt, to this moment. ' +
        'The sources we read do not explain why the administration chose to break the promise, and the game does not guess. ' +
        'How many criminals had been sent into Kengir that spring is itself uncertain, which is why the game\u2019s characters only say \u201cfour hundred, more\u201d.',
      disputed:
        'The 421 removed on 23 May is Formozov\u2019s figure. For the number sent in that spring, popular sources say 500 \u201cfrom Kolyma\u201d, ' +
        'the Zhezkazgan historian Allaniyazov about 600, and an archive-quoting chronology 1,400 newcomers.',
      sources: ['formozov_kites', 'nemoskva_2025', 'caravan_allaniyazov', 'chronology_1954'],
      place: 'wall_women_yard',
    },
    {
      id: 'may24_zones_united',
      title: 'The walls come down again',
      date: { from: '1954-05-24', to: '1954-05-25', label: '24\u201325 May 1954' },
      body:
        'From 24 May disobedience flared again. The prisoners broke down the walls a second time and the men\u2019s and women\u2019s zones were joined; Formozov implies this without giving the exact date. ' +
        'An MVD report of 26 May to the Council of Ministers and the Party Central Committee says that on 25 May more than 4,000 prisoners of the 3rd camp division refused to go to work and were behaving \u201ccalmly\u201d. ' +
        'It lists their demands as free contact with the women\u2019s zone, shorter 25-year terms, the right to live as \u201ccolonists\u201d with their families near their work, and the release of their families from exile. ' +
        'The report claims that OUN members were directing the protest: that is the ministry\u2019s own framing. ' +
        'Applebaum writes that within about 48 hours the prisoners had driven the camp administration out. ' +
        'Russian Wikipedia says Kengir was the only revolt of its kind in which men and women lived in one united zone.',
      disputed:
        'The exact day and hour the walls fell are not recorded in what we read. The figure of 4,000 and the claim about who led come from one side, the MVD.',
      sources: ['formozov_kites', 'kokurin_petrov', 'applebaum_2003', 'wikipedia_ru'],
      place: 'wall_women_yard',
    },
    {
      id: 'commission_departments',
      title: 'The commission and its departments',
      date: { from: '1954-05', label: 'late May 1954' },
      body:
        'The prisoners\u2019 commission, chaired by Kapiton Kuznetsov, divided the work of running the zone into departments. Sources name them differently. ' +
        'German Wikipedia lists agitation and propaganda, services, food supply, internal security, defence and technical departments. ' +
        'A weak, unsigned Russian article gives technical, operations, clothing and food, military, propaganda and internal security. ' +
        'The MVD chart described by Applebaum shows propaganda, defence and counter-intelligence, and the Russian Wikipedia infobox a \u201cmilitary department\u201d under G. I. Keller. ' +
        'Yuri Knopmus is said to have headed propaganda; Engels Sluchenkov is linked to intelligence and security work. ' +
        'The women\u2019s zone had three members on the commission: A. A. Mikhailevich, L. K. Suprun and M. S. Shimanskaya. Nothing more is known of them from our sources. ' +
        'Solzhenitsyn describes adobe barricades before every guardhouse and \u201cCaution! Mined!\u201d signs, an idea of the Technical Department. No source shows real mines.',
      disputed:
        'The list of departments differs from source to source. The three women are named only in the Russian Wikipedia infobox. ' +
        'Sluchenkov\u2019s security role comes from a weak article and from hostile depositions.',
      sources: ['wikipedia_de', 'pn14', 'applebaum_2003', 'wikipedia_ru', 'solzhenitsyn_gulag', 'kokurin_petrov'],
      place: 'guardhouse',
    },
    {
      id: 'may27_demands',
      title: 'The demands of 27 May',
      date: { from: '1954-05-27', label: 'Thursday 27 May 1954, 18:25' },
      body:
        'At 18:25 the second Moscow commission entered the zone: Deputy Minister S. E. Yegorov, the Gulag chief I. I. Dolgikh and Vavilov of the USSR Procuracy. ' +
        'By the commission\u2019s own report, criminal prisoners near a dining hall told others not to talk to the officials: only the prisoners\u2019 commission could negotiate. ' +
        'In a dining hall, before about 2,000 prisoners, Kuznetsov read the demands: investigate the shooting of 17\u201318 May and punish those responsible; no reprisals against the commission; shorter 25-year terms; ' +
        'better treatment of prisoners\u2019 families; a review of Article 58 cases; no compulsory exile after release; pay on a par with free workers; free contact with the women; ' +
        'punishment cells only with a prosecutor\u2019s sanction; better remission terms for women; and a visit by a member of the Party Presidium or a Central Committee secretary. ' +
        'A slogan ran \u201cWe are for Soviet laws but against those who distort them\u201d. Barnes calls the demands \u201cstrangely \u2026 moderate, even pro-Soviet\u201d. ' +
        'Applebaum reports, without a date, that Yegorov asked who had inspired such hatred of the MVD in them.',
      disputed:
        'The exact list comes from one archive-quoting chronology. Applebaum words the ninth demand as abolishing punishment cells and barracks, and the tenth as easier conditions for women. ' +
        'Which lagpunkt\u2019s dining hall it was is not recorded.',
      sources: ['chronology_1954', 'applebaum_2003', 'rayon_women', 'barnes_2005', 'novaya_2011', 'wikipedia_ru'],
      place: 'meeting_hall',
    },
    {
      id: 'kuznetsov',
      title: 'Kapiton Kuznetsov',
      date: { from: '1949', to: '1954', label: 'sentenced 1949; chairman of the commission, 1954' },
      body:
        'Kapiton Ivanovich Kuznetsov chaired the prisoners\u2019 commission. His 1949 sentence, as quoted by the writer Shakir a-Mil, describes him as a Russian born in 1913 in Saratov region to a poor peasant family, not a Party member. ' +
        'In September 1949 the MGB Special Board sentenced him without trial to 25 years for \u201cservice in fascist punitive detachments\u201d. ' +
        'German Wikipedia and a Russian article call him a former Red Army colonel; the historian Steven Barnes calls him a Red Army veteran. ' +
        'In a petition of 1955 he wrote that he had been a prisoner in Flossenb\u00fcrg and Mauthausen, that the Germans killed his wife in 1943, leaving four children, and that he had been rehabilitated on his first case. ' +
        'These are his own claims; we found no independent confirmation. ' +
        'During the revolt he read the demands on 27 May; the zone\u2019s bread was shared equally, though no source we have says who made that rule. ' +
        'The writer Valery Mogilnitsky says that Kuznetsov raised a flag with a red cross over the camp; Russian Wikipedia also shows the rebels under a red-cross flag, but only as an illustration.',
      disputed:
        'How far he really led is argued. Applebaum points to a secret, mainly Ukrainian \u201cCenter\u201d; a-Mil, a polemical author, casts him as a restraining figure; ' +
        'Solzhenitsyn\u2019s portrait is ambiguous. Much of his biography comes from his own file and petition. ' +
        'The red-cross flag rests on Mogilnitsky\u2019s popular biography; its exact design, and where it flew, are not known.',
      sources: ['amil_steplag', 'barnes_2005', 'wikipedia_de', 'pn14', 'applebaum_2003', 'wikipedia_ru', 'chronology_1954', 'mogilnitsky'],
      place: 'meeting_hall',
    },
  ],
  prompts: [
    {
      id: 'walls_rebuilt',
      question:
        'On 19 May a commission promised gates between the zones; on 23 May the walls were rebuilt instead. What might each side have taken the promise to mean, and what did breaking it change?',
      skill: 'context',
      reveal:
        'Formozov, working from archives, shows that the prisoners went back to work for about three days after the promise. ' +
        'On 23 May the administration shipped out 421 criminal convicts and rebuilt the walls, and prisoners coming back from work found no gate. ' +
        'Formozov dates the real beginning of the revolt to this moment: the next day the walls came down again, and the zones stayed united until 26 June.',
      note: 'may23_walls_rebuilt',
    },
    {
      id: 'refusal_report',
      question:
        'An MVD report says more than 4,000 prisoners refused work on 25 May, \u201ccalmly\u201d, and that OUN members directed them. Which parts would you trust, and which would you check elsewhere? Why?',
      skill: 'sourcing',
      reveal:
        'The report was written for Moscow by the ministry facing the strike. A count of people refusing work is something it had reason to record, and it even calls the prisoners calm. ' +
        'Its claim about who directed the protest is its own framing: historians still disagree about who led, and other MVD papers blamed \u201carmed criminal recidivists\u201d. ' +
        'Two MVD documents that agree are still one side.',
      note: 'may24_zones_united',
    },
    {
      id: 'demands_moderate',
      question:
        'Read the eleven demands and the slogan \u201cWe are for Soviet laws but against those who distort them\u201d. Why might prisoners who had taken over their camp ask for Soviet laws to be kept, rather than for freedom?',
      skill: 'context',
      reveal:
        'Barnes calls the demands \u201cstrangely \u2026 moderate, even pro-Soviet\u201d. They asked for investigations, case reviews, pay and contact with families, and for a Party leader to come; ' +
        'the prisoners held to that last demand to the end because they did not trust Steplag or the MVD. ' +
        'Historians still disagree about the revolt\u2019s nature: a liberation struggle in Ukrainian and Baltic memory, a protest in the name of Soviet law for Barnes, a criminal and nationalist mutiny in the MVD\u2019s framing.',
      note: 'may27_demands',
    },
  ],
  moments: [
    {
      id: 'may23_anger',
      moment: 'When the walls were rebuilt (23 May)',
      whatPrisonersDid:
        'They did not wait long. On 24 May disobedience flared again: the prisoners broke the walls down a second time and joined the men\u2019s and women\u2019s zones. ' +
        'On 25 May more than 4,000 refused to go to work, by the MVD\u2019s own count. Within days they had a commission with departments, and barricades before the guardhouses. ' +
        'Formozov dates the real beginning of the revolt to the broken promise of 23 May.',
      note: 'may23_walls_rebuilt',
    },
    {
      id: 'role_choice',
      moment: 'Choosing a task in the self-governed zone (late May)',
      whatPrisonersDid:
        'Thousands took on the everyday work of a camp that ran itself. Solzhenitsyn lists three meals a day, the bathhouse, the laundry, the barber, and the sewing and shoe workshops; ' +
        'Applebaum says women prepared and cooked the food, everyone got the same ration, and the hospital kept working although the authorities refused to send medicines. ' +
        'Three women sat on the commission for the women\u2019s zone. Others joined defence brigades, pickets, the technical department and the propaganda work.',
      note: 'commission_departments',
    },
  ],
  // kalitka, saman, lagpunkt, ShIZO, trusties (pridurki): defined in packs/history.ts.
  glossary: [
    {
      id: 'sestrychka',
      term: 'sestrychka',
      lang: 'uk',
      forms: ['sestrychko', 'sestrychka'],
      definition: '\u201cLittle sister\u201d: an affectionate Ukrainian word for a sister. Sestrychko is the form used when speaking to her.',
    },
  ],
};
