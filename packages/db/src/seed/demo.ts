/**
 * Demo data for a first run and for tests: two councils, staff in each role, and complaints at
 * every point of both procedures, dated relative to `today` so that nothing a newcomer opens is
 * empty and the deadlines shown are live. Never run against a council's real database: the API
 * only seeds when the database has no authorities at all.
 */
import { addWorkingDays, englandAndWalesCalendar, type CaseEvent } from '@heard/domain';
import { createHash } from 'node:crypto';
import type { Database } from '../client.js';
import { recordNewComplaint } from '../casework.js';
import { createAuthority, listAuthorities, type Authority } from '../repositories/authorities.js';
import { createStaff, type StaffUser } from '../repositories/staff.js';
import { insertAdvocate } from '../repositories/portal/advocates.js';
import type { ComplainantType, StaffRole } from '../schema.js';
import { seedDemoRecords } from './records.js';

const serviceAreas = [
  {
    name: 'Children in care',
    teams: ['Looked After Children 1', 'Looked After Children 2', 'Fostering'],
  },
  { name: 'Care leavers', teams: ['Leaving Care'] },
  { name: 'Family support', teams: ['Child in Need', 'Assessment and Intervention'] },
] as const;
const issues = [
  'Communication',
  'Quality of service',
  'Delay in service',
  'Staff attitude',
  'Decision making',
  'Placement',
  'Financial support',
] as const;
const subjects = ['looked_after_child', 'care_leaver', 'child_in_need'] as const;

function serviceAreaSettings() {
  return serviceAreas.map((a) => ({ name: a.name, teams: [...a.teams] }));
}
function issueList(): string[] {
  return [...issues];
}

/** The password of every demo account. For a developer's machine only. */
export const demoPassword = 'heard-demo-password';

export const demoAuthorities = [
  {
    code: 'WBC',
    name: 'Westbridge Borough Council',
    settings: {
      corporatePolicy: 'lgsco_complaint_handling_code',
      serviceAreas: serviceAreaSettings(),
      issues: issueList(),
      advocacyProvider: {
        name: 'Westbridge Young People’s Advocacy',
        phone: '0800 000 0000',
        email: 'advocacy@westbridge.example',
      },
    },
  },
  {
    code: 'NMC',
    name: 'Northmoor County Council',
    settings: {
      corporatePolicy: 'lgsco_complaint_handling_code',
      closureDays: [] as string[],
      serviceAreas: serviceAreaSettings(),
      issues: issueList(),
      advocacyProvider: { name: 'Northmoor Advocacy Service', phone: '0800 000 0001' },
    },
  },
] as const;

/**
 * Advocates from each council's commissioned advocacy provider, who sign in to the portal's
 * advocates' area with a one-time link (docs/decisions/0011).
 */
export const demoAdvocates = [
  {
    authority: 'WBC',
    email: 'advocate@heard.example',
    name: 'Sam Advocate',
    providerName: 'Westbridge Young People’s Advocacy',
  },
  {
    authority: 'NMC',
    email: 'northmoor.advocate@heard.example',
    name: 'Jo Advocate',
    providerName: 'Northmoor Advocacy Service',
  },
] as const;

interface DemoStaff {
  email: string;
  name: string;
  roles: StaffRole[];
  authorities: ('WBC' | 'NMC')[];
  external?: boolean;
  councilMemberOrOfficer?: boolean;
}

export const demoStaff: DemoStaff[] = [
  {
    email: 'officer@heard.example',
    name: 'Sam Okafor',
    roles: ['complaints_officer'],
    authorities: ['WBC', 'NMC'],
  },
  {
    email: 'manager@heard.example',
    name: 'Priya Shah',
    roles: ['complaints_manager'],
    authorities: ['WBC', 'NMC'],
  },
  {
    email: 'responder@heard.example',
    name: 'Tom Reilly',
    roles: ['responding_manager'],
    authorities: ['WBC'],
  },
  {
    email: 'director@heard.example',
    name: 'Helen Marsh',
    roles: ['senior_responder'],
    authorities: ['WBC'],
  },
  {
    email: 'investigator@heard.example',
    name: 'Grace Adeyemi',
    roles: ['investigating_officer'],
    authorities: ['WBC'],
    external: true,
    councilMemberOrOfficer: false,
  },
  {
    email: 'independent@heard.example',
    name: 'Martin Cole',
    roles: ['independent_person'],
    authorities: ['WBC'],
    external: true,
    councilMemberOrOfficer: false,
  },
  {
    email: 'panel@heard.example',
    name: 'Ruth Evans',
    roles: ['panel_member'],
    authorities: ['WBC'],
    external: true,
    councilMemberOrOfficer: false,
  },
  { email: 'auditor@heard.example', name: 'Alan Price', roles: ['auditor'], authorities: ['WBC'] },
  {
    email: 'admin@heard.example',
    name: 'Jo Lambert',
    roles: ['system_administrator'],
    authorities: ['WBC', 'NMC'],
  },
  {
    email: 'northmoor.officer@heard.example',
    name: 'Dee Walsh',
    roles: ['complaints_officer'],
    authorities: ['NMC'],
  },
  {
    email: 'northmoor.responder@heard.example',
    name: 'Kofi Mensah',
    roles: ['responding_manager'],
    authorities: ['NMC'],
  },
  {
    email: 'northmoor.director@heard.example',
    name: 'Anne Hughes',
    roles: ['senior_responder'],
    authorities: ['NMC'],
  },
  {
    email: 'northmoor.investigator@heard.example',
    name: 'Rachel Dunn',
    roles: ['investigating_officer'],
    authorities: ['NMC'],
    external: true,
    councilMemberOrOfficer: false,
  },
  {
    email: 'northmoor.independent@heard.example',
    name: 'Peter Lloyd',
    roles: ['independent_person'],
    authorities: ['NMC'],
    external: true,
    councilMemberOrOfficer: false,
  },
];

/**
 * Who answers, agrees extensions on and investigates each council's demo complaints, by email.
 * Every one of them is a member of that council (see `demoStaff`): a complaint is never assigned
 * to, or answered by, someone who cannot open it.
 */
const demoCasePeople: Record<'WBC' | 'NMC', Record<keyof People, string>> = {
  WBC: {
    responder: 'responder@heard.example',
    manager: 'manager@heard.example',
    director: 'director@heard.example',
    investigator: 'investigator@heard.example',
    independent: 'independent@heard.example',
  },
  NMC: {
    responder: 'northmoor.responder@heard.example',
    manager: 'manager@heard.example',
    director: 'northmoor.director@heard.example',
    investigator: 'northmoor.investigator@heard.example',
    independent: 'northmoor.independent@heard.example',
  },
};

const stories = [
  'My social worker has changed four times this year and nobody told me why.',
  'I was moved to a new placement without being asked what I thought.',
  'My pathway plan has not been updated since I turned 18.',
  'The family time with my brother keeps getting cancelled at the last minute.',
  'Nobody answered my calls about my leaving care grant for three weeks.',
  'My personal adviser does not reply to my messages.',
  'The assessment of our family got facts wrong and we were not shown it.',
  'I asked for an advocate and did not get one.',
  'Our foster carer was not told about my allergies.',
  'The decision about my school transport was made without asking me.',
] as const;

const wanted = [
  'I want one social worker who stays.',
  'I want someone to explain the decision and say sorry.',
  'Please update my plan and tell me what support I can get.',
  'I want the meetings to happen when they are planned.',
  'I want the records put right.',
] as const;

type Step = (received: string, wd: (n: number) => string, people: People) => CaseEvent[];
interface People {
  responder: { id: string; name: string };
  manager: { id: string; name: string };
  director: { id: string; name: string };
  investigator: { id: string; name: string };
  independent: { id: string; name: string; isMemberOrOfficerOfCouncil: boolean };
}

const outcomes = (o: 'upheld' | 'partly_upheld' | 'not_upheld') => [
  { issue: 'Communication', outcome: o },
];

/** Each scenario returns the events after `received`, in terms of working days from receipt. */
const scenarios: { ageWorkingDays: number; procedure: 'statutory' | 'corporate'; steps: Step }[] = [
  { ageWorkingDays: 0, procedure: 'statutory', steps: () => [] },
  {
    ageWorkingDays: 2,
    procedure: 'statutory',
    steps: (_r, wd) => [{ type: 'acknowledged', on: wd(1) }],
  },
  {
    ageWorkingDays: 8,
    procedure: 'statutory',
    steps: (_r, wd) => [{ type: 'acknowledged', on: wd(2) }],
  },
  {
    ageWorkingDays: 14,
    procedure: 'statutory',
    steps: (_r, wd) => [{ type: 'acknowledged', on: wd(1) }],
  },
  {
    ageWorkingDays: 15,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      {
        type: 'extension_agreed',
        on: wd(8),
        reason: 'Complex case: an advocate is being arranged',
        agreedBy: p.manager,
        workingDays: 10,
      },
    ],
  },
  {
    ageWorkingDays: 12,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      {
        type: 'responded',
        on: wd(9),
        outcomes: outcomes('partly_upheld'),
        respondedBy: p.responder,
      },
    ],
  },
  {
    ageWorkingDays: 20,
    procedure: 'statutory',
    steps: (_r, wd) => [
      { type: 'acknowledged', on: wd(1) },
      {
        type: 'put_on_hold',
        on: wd(4),
        reason: 'Care proceedings about the same matter are before the family court',
      },
    ],
  },
  {
    ageWorkingDays: 30,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'responded', on: wd(10), outcomes: outcomes('not_upheld'), respondedBy: p.responder },
      { type: 'escalation_requested', on: wd(25), to: 2 },
    ],
  },
  {
    ageWorkingDays: 50,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'responded', on: wd(10), outcomes: outcomes('not_upheld'), respondedBy: p.responder },
      { type: 'escalation_requested', on: wd(15), to: 2 },
      { type: 'investigating_officer_appointed', on: wd(18), person: p.investigator },
      { type: 'independent_person_appointed', on: wd(18), person: p.independent },
      { type: 'statement_of_complaint_agreed', on: wd(24) },
    ],
  },
  {
    ageWorkingDays: 80,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'responded', on: wd(10), outcomes: outcomes('not_upheld'), respondedBy: p.responder },
      { type: 'escalation_requested', on: wd(14), to: 2 },
      // An investigating officer from outside the council, and the independent person's fee.
      {
        type: 'investigating_officer_appointed',
        on: wd(16),
        person: p.investigator,
        feePence: 180_000,
      },
      { type: 'independent_person_appointed', on: wd(16), person: p.independent, feePence: 60_000 },
      { type: 'statement_of_complaint_agreed', on: wd(20) },
      {
        type: 'responded',
        on: wd(44),
        outcomes: outcomes('partly_upheld'),
        respondedBy: p.director,
      },
      { type: 'escalation_requested', on: wd(60), to: 3 },
    ],
  },
  {
    ageWorkingDays: 130,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'responded', on: wd(10), outcomes: outcomes('not_upheld'), respondedBy: p.responder },
      { type: 'escalation_requested', on: wd(14), to: 2 },
      // An investigating officer from outside the council, and the independent person's fee.
      {
        type: 'investigating_officer_appointed',
        on: wd(16),
        person: p.investigator,
        feePence: 180_000,
      },
      { type: 'independent_person_appointed', on: wd(16), person: p.independent, feePence: 60_000 },
      { type: 'statement_of_complaint_agreed', on: wd(20) },
      {
        type: 'responded',
        on: wd(44),
        outcomes: outcomes('partly_upheld'),
        respondedBy: p.director,
      },
      { type: 'escalation_requested', on: wd(55), to: 3 },
      {
        type: 'panel_held',
        on: wd(80),
        chairId: 'panel-chair',
        members: [
          { id: 'panel-chair', name: 'Ruth Evans', isMemberOrOfficerOfCouncil: false },
          { id: 'panel-2', name: 'Imran Aziz', isMemberOrOfficerOfCouncil: false },
          { id: 'panel-3', name: 'Clare Dunn', isMemberOrOfficerOfCouncil: false },
        ],
      },
      { type: 'panel_recommendations_issued', on: wd(84) },
      { type: 'council_responded_after_panel', on: wd(97), respondedBy: p.director },
    ],
  },
  {
    ageWorkingDays: 9,
    procedure: 'statutory',
    steps: (_r, wd) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'withdrawn', on: wd(6), reason: 'Resolved by the social worker after a phone call' },
    ],
  },
  {
    ageWorkingDays: 40,
    procedure: 'statutory',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(1) },
      { type: 'responded', on: wd(7), outcomes: outcomes('upheld'), respondedBy: p.responder },
      { type: 'closed', on: wd(30), reason: 'No request for stage 2 within 20 working days' },
    ],
  },
  {
    ageWorkingDays: 3,
    procedure: 'corporate',
    steps: (_r, wd) => [{ type: 'acknowledged', on: wd(2) }],
  },
  {
    ageWorkingDays: 35,
    procedure: 'corporate',
    steps: (_r, wd, p) => [
      { type: 'acknowledged', on: wd(2) },
      { type: 'responded', on: wd(11), outcomes: outcomes('not_upheld'), respondedBy: p.responder },
      { type: 'escalation_requested', on: wd(20), to: 2 },
      { type: 'acknowledged', on: wd(22) },
    ],
  },
];

/**
 * Where a demo complaint sits in the council: service area, team, issues, and, once it has moved
 * past receipt, its triage and responder, so the inbox shows cases at every point.
 */
function placement(n: number, triaged: boolean, responderId: string, today: string) {
  const area = serviceAreas[n % serviceAreas.length] ?? serviceAreas[0];
  return {
    subject: subjects[n % subjects.length] ?? 'looked_after_child',
    serviceArea: area.name,
    team: area.teams[n % area.teams.length] ?? area.teams[0],
    principalIssue: issues[n % issues.length] ?? 'Communication',
    otherIssues: n % 3 === 0 ? [issues[(n + 2) % issues.length] ?? 'Delay in service'] : [],
    categoryOfSupport: ['child_looked_after', 'care_leaver', 'child_in_need'][n % 3] ?? null,
    advocacyOffered: true,
    advocacyAccepted: n % 4 === 0,
    ...(triaged
      ? {
          triagedAt: new Date(`${today}T09:00:00Z`),
          triageReason:
            'The complaint is about services to a child under Part 3 of the Children Act 1989.',
          assignedStaffId: responderId,
        }
      : {}),
  };
}

const complainantTypes: ComplainantType[] = [
  'young_person',
  'parent_carer',
  'advocate',
  'young_person',
  'other',
];
const channels = ['online', 'email', 'telephone', 'letter', 'online', 'app', 'in_person'] as const;

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The latest day on or before `today` that is `n` working days before it (a received date). */
function workingDaysBefore(today: string, n: number): string {
  const calendar = englandAndWalesCalendar();
  let candidate = daysBefore(today, Math.ceil(n * 1.5) + 10);
  while (addWorkingDays(candidate, n, calendar) < today) candidate = daysBefore(candidate, -1);
  return candidate;
}

export interface SeedResult {
  authorities: number;
  staff: number;
  complaints: number;
}

/** Creates the demo data when the database has no authorities; returns null otherwise. */
export async function seedDemoDataIfEmpty(
  db: Database,
  options: { today: string; hashPassword: (password: string) => Promise<string> },
): Promise<SeedResult | null> {
  if ((await listAuthorities(db)).length > 0) return null;
  return seedDemoData(db, options);
}

export async function seedDemoData(
  db: Database,
  options: { today: string; hashPassword: (password: string) => Promise<string> },
): Promise<SeedResult> {
  const calendar = englandAndWalesCalendar();
  const passwordHash = await options.hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    const byCode = new Map<string, Authority>();
    for (const a of demoAuthorities) {
      byCode.set(
        a.code,
        await createAuthority(tx, { code: a.code, name: a.name, settings: a.settings }),
      );
    }
    const staffByEmail = new Map<string, StaffUser>();
    for (const s of demoStaff) {
      const memberships = s.authorities.flatMap((code) => {
        const authority = byCode.get(code);
        return authority ? s.roles.map((role) => ({ authorityId: authority.id, role })) : [];
      });
      staffByEmail.set(
        s.email,
        await createStaff(tx, {
          email: s.email,
          name: s.name,
          passwordHash,
          memberships,
          external: s.external ?? false,
          councilMemberOrOfficer: s.councilMemberOrOfficer ?? true,
        }),
      );
    }
    const ref = (email: string) => {
      const staff = staffByEmail.get(email);
      return { id: staff?.id ?? email, name: staff?.name ?? email };
    };
    const peopleOf = (code: string): People => {
      const emails = code === 'NMC' ? demoCasePeople.NMC : demoCasePeople.WBC;
      return {
        responder: ref(emails.responder),
        manager: ref(emails.manager),
        director: ref(emails.director),
        investigator: ref(emails.investigator),
        independent: { ...ref(emails.independent), isMemberOrOfficerOfCouncil: false },
      };
    };

    let complaints = 0;
    let n = 0;
    for (const authority of byCode.values()) {
      const rounds = authority.code === 'WBC' ? 2 : 1;
      const people = peopleOf(authority.code);
      for (let round = 0; round < rounds; round++) {
        for (const scenario of scenarios) {
          n++;
          const age = scenario.ageWorkingDays + round * 3;
          const received = workingDaysBefore(options.today, age);
          const wd = (days: number) => addWorkingDays(received, days, calendar);
          const complainantType = complainantTypes[n % complainantTypes.length] ?? 'young_person';
          const channel = channels[n % channels.length] ?? 'online';
          const events: CaseEvent[] = [
            { type: 'received', on: received, procedure: scenario.procedure, channel },
            ...scenario.steps(received, wd, people).filter((e) => e.on <= options.today),
          ];
          await recordNewComplaint(
            tx,
            authority,
            {
              trackingCodeHash: createHash('sha256').update(`demo-${n}`).digest('hex'),
              idempotencyKey: null,
              receivedOn: received,
              receivedVia: channel,
              complainantType,
              complainantName: complainantType === 'young_person' ? null : `Demo complainant ${n}`,
              contactEmail: `person${n}@example.com`,
              contactPhone: null,
              whatHappened: stories[n % stories.length] ?? stories[0],
              desiredOutcome: wanted[n % wanted.length] ?? null,
              ...placement(n, events.length > 1, people.responder.id, options.today),
            },
            events,
            {
              today: options.today,
              recordedBy: staffByEmail.get('officer@heard.example')?.id ?? null,
            },
          );
          complaints++;
        }
      }
    }
    for (const advocate of demoAdvocates) {
      const authority = byCode.get(advocate.authority);
      if (authority) {
        await insertAdvocate(tx, {
          authorityId: authority.id,
          email: advocate.email,
          name: advocate.name,
          providerName: advocate.providerName,
        });
      }
    }
    await seedDemoRecords(tx, { today: options.today, authorities: byCode, staff: staffByEmail });
    return { authorities: byCode.size, staff: staffByEmail.size, complaints };
  });
}
