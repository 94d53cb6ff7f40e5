import { describe, expect, it } from 'vitest';
import {
  bracketedGlossBefore, convenerOf, editionCountLength, followsListedMeeting, isFurnitureAfter, isOrganisationCongress,
  isPlaceMeeting, opensWithEdition, opensWithLevelCharacter, ordinalEndsAt,
} from './meetingNameRules.js';

describe('meeting name rules', () => {
  it.each([
    ['第十二届中国网络视听大会', 2, true],
    ['第3届中国户外运动大会', 2, true],
    ['第三次全体会议', 4, false], // nothing names it but the number
    ['中国网络视听大会', 2, false],
  ])('editionOpening: %s', (name, suffix, expected) => {
    expect(opensWithEdition(name, suffix)).toBe(expected);
  });

  it.each([
    ['3届中国户外运动产业', 2],
    ['第3届中国户外运动产业', 0],
    ['十九届', 0],
  ])('editionCount: %s', (span, skip) => {
    expect(editionCountLength(span)).toBe(skip);
  });

  it.each([
    ['中国科协第九次全国', 7, true],
    ['全国', 0, false],
    ['中国科协全国', 4, false],
  ])('ordinalBeforeAnchor: %s at %i', (span, at, expected) => {
    expect(ordinalEndsAt(span, at)).toBe(expected);
  });

  it.each([
    ['中国科协第九次全国代表大会', true],
    ['共青团第十八次全国代表大会', true],
    ['第九次全国代表大会', false],
    ['中国科协全国代表大会', false],
  ])('organisationCongress: %s', (name, expected) => {
    expect(isOrganisationCongress(name)).toBe(expected);
  });

  it.each([
    ['甲大会、乙大会', 4, true],
    ['甲论坛、乙大会', 4, true],
    ['建设、乙大会', 3, false],
    ['甲大会，乙大会', 4, false],
  ])('listedAfterMeeting: %s from %i', (text, start, expected) => {
    expect(followsListedMeeting(text, start, /(?:大会|论坛)$/)).toBe(expected);
  });

  it.each([
    ['遵义会议', true],
    ['古田会议', true],
    ['全市会议', false],
    ['遵义大会', false],
    ['学习会议', false],
  ])('placeMeeting: %s', (name, expected) => {
    expect(isPlaceMeeting(name)).toBe(expected);
  });

  it.each([
    ['日下午，市委召开', { organ: '市委', at: 4 }],
    ['县政府举行了', { organ: '县政府', at: 0 }],
    ['中央召开', null],
    ['要求召开', null],
  ])('convenerPrefix: %s', (before, expected) => {
    expect(convenerOf(before)).toEqual(expected);
  });

  it.each([
    ['中国（河南）', 4],
    ['工作（扩大）', 4],
    ['（一）', 0],
    ['中国（2025）', 0],
  ])('bracketedPlace: %s', (text, length) => {
    expect(bracketedGlossBefore(text, text.length)).toBe(length);
  });

  it.each([
    ['会议室', 2, true],
    ['人民大会堂', 4, true],
    ['会议精神', 2, false],
  ])('furnitureNotMeeting: %s', (text, end, expected) => {
    expect(isFurnitureAfter(text, end)).toBe(expected);
  });

  it.each([
    ['省旅发大会', 2, true],
    ['省大会', 2, false],
    ['旅发大会', 2, false],
  ])('abbreviatedLocalName: %s', (name, suffix, expected) => {
    expect(opensWithLevelCharacter(name, suffix)).toBe(expected);
  });
});
