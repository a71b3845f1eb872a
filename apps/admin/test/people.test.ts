import { describe, expect, it } from 'vitest';
import {
  independentOptionLabel,
  peopleWithRoles,
  personOptionLabel,
  personRef,
  rolesFor,
  type StaffPerson,
} from '../src/lib/people';

const staff: StaffPerson[] = [
  {
    id: 'helen',
    name: 'Helen Marsh',
    roles: ['senior_responder'],
    councilMemberOrOfficer: true,
    external: false,
  },
  {
    id: 'tom',
    name: 'Tom Reilly',
    roles: ['responding_manager'],
    councilMemberOrOfficer: true,
    external: false,
  },
  {
    id: 'grace',
    name: 'Grace Adeyemi',
    roles: ['investigating_officer'],
    councilMemberOrOfficer: false,
    external: true,
  },
  {
    id: 'alan',
    name: 'Alan Price',
    roles: ['auditor'],
    councilMemberOrOfficer: true,
    external: false,
  },
];

describe('peopleWithRoles', () => {
  it('lists the people who do a job, the usual role first', () => {
    expect(peopleWithRoles(staff, rolesFor.investigate).map((p) => p.id)).toEqual([
      'grace',
      'tom',
      'helen',
    ]);
    expect(peopleWithRoles(staff, rolesFor.respondAfterPanel).map((p) => p.id)).toEqual(['helen']);
  });
});

describe('option labels', () => {
  it('says the role that fits the job, and independence for an Independent Person', () => {
    expect(personOptionLabel(staff[1] as StaffPerson, rolesFor.respond)).toBe(
      'Tom Reilly, Responding manager',
    );
    expect(independentOptionLabel(staff[2] as StaffPerson)).toBe(
      'Grace Adeyemi (not a member or officer of the council)',
    );
  });
});

describe('personRef', () => {
  it('gives the id and name the procedure records', () => {
    expect(personRef(staff, 'tom')).toEqual({ id: 'tom', name: 'Tom Reilly' });
    expect(personRef(staff, '')).toEqual({ id: '', name: 'Not chosen' });
  });
});
