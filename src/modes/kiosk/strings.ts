// Every string the kiosk adds, in one catalog (a translation is another catalog of the same
// shape), and the few strings of the shared catalog that read differently on a museum screen.
import { en as base, type Strings } from '../../ui/strings.ts';

export const kioskEn = {
  touchToBegin: 'Touch to begin',
  hook: 'In 1954 prisoners took over a Soviet labour camp and ran it for forty days. Live it as one of them.',
  length: 'About six minutes',
  language: 'Language',
  attractLabel: 'Kengir, forty days: touch the screen to begin',
  mapLabel: 'The camp map, moving through the forty days',
  steps: [
    { date: 'Early May 1954', caption: 'Kengir, a Soviet labour camp in the steppe of Kazakhstan. Walls divide its prisoners into zones.' },
    { date: '16 May 1954', caption: 'Prisoners break through the walls between the zones.' },
    { date: '18 May 1954', caption: 'Soldiers open fire in the service yard. By one archival count, 18 people are killed.' },
    { date: '24 May 1954', caption: 'The walls come down again. The prisoners\u2019 own commission runs the camp.' },
    { date: '27 May 1954', caption: 'Before about 2,000 prisoners, their commission reads its demands to men from Moscow.' },
    { date: '4 June 1954', caption: 'Home-made loudspeakers read the news. Kites carry leaflets over the settlement.' },
    { date: '10 June 1954', caption: 'The bread is cut to 500 grams a day.' },
    { date: '26 June 1954', caption: 'Before dawn, troops and five tanks enter the camp.' },
    { date: 'Kengir, forty days', caption: 'About 5,200 prisoners governed themselves until the tanks came. What would you have done?' },
  ],
  idleTitle: 'Are you still there?',
  idleBody: 'The story will start again from the beginning in {seconds} seconds.',
  idleContinue: 'Continue',
  leaveTitle: 'Leave the story?',
  leaveBody: 'The story starts again from the beginning for the next visitor. Nothing of your visit is kept.',
  leaveYes: 'Yes, start again',
  leaveNo: 'Keep reading',
  finish: 'Finish',
  finishHelp: 'The screen starts again for the next visitor. Nothing of your visit is kept.',
  errorNotice: 'Something went wrong. Starting again\u2026',
  chose: {
    title: 'How visitors chose today',
    intro: 'Anonymous counts from this screen today, next to what the prisoners of Kengir did.',
    visitors: '{count} visitors',
    oneVisitor: '1 visitor',
    tooFew: 'The split appears once {min} visitors have reached this point today.',
    yours: 'your choice',
    whatPrisonersDid: 'What prisoners did',
    percent: '{percent}%',
  },
  staff: {
    pinTitle: 'Staff',
    pinPrompt: 'Enter the staff PIN.',
    pinEntered: '{count} of the PIN\u2019s digits entered',
    pinWrong: 'Wrong PIN.',
    pinWrongLeft: 'Wrong PIN. {left} more tries before the pad locks.',
    pinLocked: 'Too many wrong tries. The pad is locked for {seconds} s.',
    clear: 'Clear',
    remove: 'Delete a digit',
    ok: 'OK',
    cancel: 'Cancel',
    title: 'Kiosk staff screen',
    build: 'Build',
    offline: 'Offline copy',
    swReady: 'ready: the kiosk runs with no network',
    swInstalling: 'being saved on this device',
    swWaiting: 'a new version is saved; it starts at the next return to the attract loop',
    swNone: 'not available in this build or browser',
    uptime: 'Kiosk running for',
    pageUptime: 'This page loaded',
    visitsToday: 'Visits today (started / finished)',
    visitsTotal: 'Visits in total (started / finished)',
    resets: 'Idle resets (today / total)',
    errors: 'Errors caught (today / total)',
    memory: 'Memory (JavaScript heap)',
    memoryUnknown: 'not reported by this browser',
    target: 'Smallest touch target',
    thresholds: 'Idle: reading {reading} s, menus {menu} s, warning {warning} s',
    preset: 'Settings preset',
    recentErrors: 'Recent errors',
    noErrors: 'None.',
    ago: '{time} ago',
    reload: 'Reload (back to the attract loop)',
    exportCsv: 'Export counters (CSV)',
    exported: 'Counters saved as {file}.',
    leave: 'Leave kiosk mode',
  },
};

export type KioskStrings = typeof kioskEn;
let active: KioskStrings = kioskEn;
export function kioskStrings(): KioskStrings { return active; }
export function useKioskCatalog(catalog: KioskStrings): void { active = catalog; }

/** The shared catalog as a museum screen says it: settings and privacy last one visit. */
export function kioskUiCatalog(catalog: Strings = base): Strings {
  return {
    ...catalog,
    settingsSaved: 'Settings last until this visit ends.',
    privacyTitle: 'Privacy on this screen',
    privacyBody: 'This screen keeps nothing of your visit: when you finish or step away, it starts again from the beginning. It counts only anonymous totals, such as how many visitors chose each option.',
    toTitle: 'Leave the story',
    theEnd: 'The end of Halyna\u2019s path',
  };
}
