/**
 * England binned into pointy-top hexagons on the British National Grid, rows running north,
 * odd rows shifted east by half a cell ("odd-r"). Pure arithmetic with no Node imports, so
 * the England page draws from the same definitions the data script bins with.
 */
export interface GridPoint {
  easting: number;
  northing: number;
}

export interface EnglandHexes {
  /** Centre to corner, in metres. */
  radius: number;
  /** The centre of cell [0, 0], BNG metres [easting, northing]. */
  origin: [number, number];
  /** GSS codes, in the directory's order: a cell's district index points in here. */
  districts: string[];
  /** Every English postcode in each district, whether or not in a cell it won. */
  districtPostcodes: number[];
  /** [col, row, district index, English postcodes in the cell, of any district]. */
  cells: [col: number, row: number, district: number, postcodes: number][];
}

export type HexGrid = Pick<EnglandHexes, 'radius' | 'origin'>;

export function hexCentre(grid: HexGrid, col: number, row: number): GridPoint {
  return {
    easting: grid.origin[0] + Math.sqrt(3) * grid.radius * (col + (row & 1) / 2),
    northing: grid.origin[1] + 1.5 * grid.radius * row,
  };
}
