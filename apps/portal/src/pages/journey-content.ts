/**
 * What each journey says around its questions: the title of each page, the rows of its check
 * answers page, and the words by the send button.
 */
import { advocateQuestion, complaintCaption } from '../islands/ComplaintStep.js';
import { complimentCaption } from '../islands/ComplimentStep.js';
import { commentCaption } from '../islands/CommentStep.js';
import { fromLabels } from '../islands/choices.js';
import type { ComplaintValues } from '../journeys/complaint.js';
import type { CommentValues } from '../journeys/comment.js';
import type { ComplimentValues } from '../journeys/compliment.js';
import type { AnswerRow } from './JourneyPages.js';

export interface JourneyContent<V> {
  caption: string;
  /** Each page's title, by step id. */
  title: (step: string, values: V) => string;
  rows: (values: V, asked: ReadonlySet<string>) => AnswerRow[];
  sendLines: readonly string[];
  sendText: string;
}

const consentAnswer = (value: string) => (value === 'yes' ? 'Yes, they agreed' : '');
const yesNo = (value: string) => (value === 'yes' ? 'Yes' : value === 'no' ? 'No' : '');

function contactAnswer(values: {
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}): string {
  return [values.contactName, values.contactEmail, values.contactPhone]
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .join('\n');
}

export const complaintContent: JourneyContent<ComplaintValues> = {
  caption: complaintCaption,
  title: (step, values) =>
    ({
      who: 'Who is this complaint from?',
      'young-person': 'The young person you are helping',
      'what-happened': 'What happened?',
      outcome: 'What would you like to happen?',
      advocate: advocateQuestion(values).legend,
      contact: 'How can we contact you?',
    })[step] ?? 'Who is this complaint from?',
  rows: (values, asked) =>
    [
      {
        question: 'Who is it from?',
        answer: fromLabels[values.complainantType] ?? '',
        step: 'who',
        changeLabel: 'who it is from',
      },
      {
        question: 'Young person’s name',
        answer: values.onBehalfOf,
        step: 'young-person',
        changeLabel: 'the young person’s name',
      },
      {
        question: 'Did they agree?',
        answer: consentAnswer(values.consent),
        step: 'young-person',
        changeLabel: 'whether they agreed',
      },
      {
        question: 'What happened?',
        answer: values.whatHappened,
        step: 'what-happened',
        changeLabel: 'what happened',
      },
      {
        question: 'What would you like to happen?',
        answer: values.desiredOutcome,
        step: 'outcome',
        changeLabel: 'what you would like to happen',
      },
      {
        question: 'Advocate',
        answer: yesNo(values.advocate),
        step: 'advocate',
        changeLabel: 'whether you want an advocate',
      },
      {
        question: 'How to contact you',
        answer: contactAnswer(values),
        step: 'contact',
        changeLabel: 'how to contact you',
      },
    ].filter((row) => asked.has(row.step)),
  sendLines: ['When you send it, we will give you a reference and a tracking code.'],
  sendText: 'Send complaint',
};

export const complimentContent: JourneyContent<ComplimentValues> = {
  caption: complimentCaption,
  title: (step) =>
    ({
      who: 'Who is this thank you from?',
      'young-person': 'Did the young person say yes?',
      words: 'What would you like to say thank you for?',
      'who-for': 'Who would you like to thank?',
    })[step] ?? 'Who is this thank you from?',
  rows: (values, asked) =>
    [
      {
        question: 'Who is it from?',
        answer: fromLabels[values.fromType] ?? '',
        step: 'who',
        changeLabel: 'who it is from',
      },
      {
        question: 'Did they agree?',
        answer: consentAnswer(values.consent),
        step: 'young-person',
        changeLabel: 'whether they agreed',
      },
      {
        question: 'Your thank you',
        answer: values.words,
        step: 'words',
        changeLabel: 'your thank you',
      },
      {
        question: 'Who it is for',
        answer: values.teamHint,
        step: 'who-for',
        changeLabel: 'who it is for',
      },
    ].filter((row) => asked.has(row.step)),
  sendLines: ['We will pass it on to the people you told us about.'],
  sendText: 'Send thank you',
};

export const commentContent: JourneyContent<CommentValues> = {
  caption: commentCaption,
  title: (step) =>
    ({
      who: 'Who is this from?',
      'young-person': 'Did the young person say yes?',
      words: 'What would you like to tell us?',
      contact: 'How can we reply to you?',
    })[step] ?? 'Who is this from?',
  rows: (values, asked) =>
    [
      {
        question: 'Who is it from?',
        answer: fromLabels[values.fromType] ?? '',
        step: 'who',
        changeLabel: 'who it is from',
      },
      {
        question: 'Did they agree?',
        answer: consentAnswer(values.consent),
        step: 'young-person',
        changeLabel: 'whether they agreed',
      },
      {
        question: 'What you want to tell us',
        answer: values.words,
        step: 'words',
        changeLabel: 'what you want to tell us',
      },
      {
        question: 'How to reply to you',
        answer: contactAnswer(values),
        step: 'contact',
        changeLabel: 'how to reply to you',
      },
    ].filter((row) => asked.has(row.step)),
  sendLines: ['We will pass it to the right team.'],
  sendText: 'Send',
};
