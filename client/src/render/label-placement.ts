/**
 * Where entity labels go on screen: each label is tried beside its entity on the right, the left,
 * above, below, at the four corners and beside a line higher or lower, and takes the first place inside the map that no label placed before it
 * overlaps. Entities that must be labelled (selected, hovered, new…) go first, then the rest by
 * importance, so that a crowded map labels its largest entities and never draws two labels over
 * each other. Pure: the renderer gives positions, sizes and text widths in screen pixels.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  /** The entity's centre and radius on screen. */
  x: number;
  y: number;
  radius: number;
  /** The label's text size on screen. */
  width: number;
  height: number;
  /** Labelled whatever the room, before any other. */
  must: boolean;
  /** Among the others, larger goes first (the size measure in use). */
  importance: number;
  /** The one side the label may take (the hovered entity's, which sigma draws on its right). */
  side?: Side;
}

export type Side =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'upper right'
  | 'lower right'
  | 'upper left'
  | 'lower left'
  | 'right, higher'
  | 'right, lower'
  | 'left, higher'
  | 'left, lower';

export interface PlacedLabel {
  box: Box;
  side: Side;
}

const GAP = 3;
/** In the order tried: beside, then at a corner, then beside but a line higher or lower. */
const SIDES: readonly Side[] = [
  'right',
  'left',
  'above',
  'below',
  'upper right',
  'lower right',
  'upper left',
  'lower left',
  'right, higher',
  'right, lower',
  'left, higher',
  'left, lower',
];

export function labelBox(c: LabelCandidate, side: Side): Box {
  switch (side) {
    case 'right':
      return { x: c.x + c.radius + GAP, y: c.y - c.height / 2, width: c.width, height: c.height };
    case 'left':
      return { x: c.x - c.radius - GAP - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
    case 'above':
      return { x: c.x - c.width / 2, y: c.y - c.radius - GAP - c.height, width: c.width, height: c.height };
    case 'below':
      return { x: c.x - c.width / 2, y: c.y + c.radius + GAP, width: c.width, height: c.height };
    case 'upper right':
      return { x: c.x + c.radius * 0.7, y: c.y - c.radius * 0.7 - c.height, width: c.width, height: c.height };
    case 'lower right':
      return { x: c.x + c.radius * 0.7, y: c.y + c.radius * 0.7, width: c.width, height: c.height };
    case 'upper left':
      return { x: c.x - c.radius * 0.7 - c.width, y: c.y - c.radius * 0.7 - c.height, width: c.width, height: c.height };
    case 'lower left':
      return { x: c.x - c.radius * 0.7 - c.width, y: c.y + c.radius * 0.7, width: c.width, height: c.height };
    case 'right, higher':
    case 'right, lower':
    case 'left, higher':
    case 'left, lower': {
      const beside = labelBox(c, side.startsWith('right') ? 'right' : 'left');
      return { ...beside, y: beside.y + (side.endsWith('higher') ? -1 : 1) * (c.height + c.radius) };
    }
  }
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

/** Moves a box the least that puts it inside the area (a must-label at the edge of the map). */
function clampInto(box: Box, area: Box): Box {
  const x = Math.min(Math.max(box.x, area.x), area.x + area.width - box.width);
  const y = Math.min(Math.max(box.y, area.y), area.y + area.height - box.height);
  return { ...box, x, y };
}

interface Disc {
  id: string;
  x: number;
  y: number;
  radius: number;
}

function coversDisc(box: Box, disc: Disc): boolean {
  const nearestX = Math.min(Math.max(disc.x, box.x), box.x + box.width);
  const nearestY = Math.min(Math.max(disc.y, box.y), box.y + box.height);
  return (nearestX - disc.x) ** 2 + (nearestY - disc.y) ** 2 < disc.radius ** 2;
}

/** Things on the map by grid cell, so that a new box is checked against its neighbours only. */
class Grid<T> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cell: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.x / this.cell); i <= Math.floor((box.x + box.width) / this.cell); i++) {
      for (let j = Math.floor(box.y / this.cell); j <= Math.floor((box.y + box.height) / this.cell); j++) keys.push(`${i},${j}`);
    }
    return keys;
  }

  any(box: Box, hit: (item: T) => boolean): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some(hit));
  }

  add(box: Box, item: T): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }
}

/**
 * The labels to draw and where; an entity left out is not labelled in this frame. A label covers
 * no other label and no other entity's disc; one that must be drawn and finds no such place goes
 * where it covers no other label, else on the right of its entity.
 */
export function placeLabels(candidates: readonly LabelCandidate[], area: Box): Map<string, PlacedLabel> {
  const order = [...candidates].sort((a, b) => Number(b.must) - Number(a.must) || b.importance - a.importance || (a.id < b.id ? -1 : 1));
  const labels = new Grid<Box>(64);
  const discs = new Grid<Disc>(64);
  for (const c of candidates) discs.add({ x: c.x - c.radius, y: c.y - c.radius, width: 2 * c.radius, height: 2 * c.radius }, c);
  const placed = new Map<string, PlacedLabel>();
  const find = (c: LabelCandidate, coverNoDisc: boolean): PlacedLabel | undefined => {
    for (const side of c.side ? [c.side] : SIDES) {
      const box = labelBox(c, side);
      if (!inside(box, area) || labels.any(box, (other) => intersects(box, other))) continue;
      if (coverNoDisc && discs.any(box, (disc) => disc.id !== c.id && coversDisc(box, disc))) continue;
      return { box, side };
    }
    return undefined;
  };
  for (const c of order) {
    let choice = find(c, true);
    if (choice === undefined && c.must) choice = find(c, false) ?? { box: clampInto(labelBox(c, c.side ?? 'right'), area), side: c.side ?? 'right' };
    if (choice === undefined) continue;
    labels.add(choice.box, choice.box);
    placed.set(c.id, choice);
  }
  return placed;
}
