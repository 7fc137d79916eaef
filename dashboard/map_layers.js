/* Lägesbild's map layers, drawn from the compact data of dashboard/map_data.py (issue 16).
 * Coordinates arrive as whole metres in SWEREF 99 TM, delta-encoded, and are projected here;
 * every text is put into the page with textContent, never as HTML. */
var LB = (function () {
    "use strict";
    // SWEREF 99 TM to WGS84 (GRS80): the inverse Gauss-Krüger series as Lantmäteriet publishes it.
    var a = 6378137.0, f = 1 / 298.257222101, k0 = 0.9996, lon0 = 15.0 * Math.PI / 180, fe = 500000.0;
    var e2 = f * (2 - f), n = f / (2 - f), n2 = n * n, n3 = n2 * n, n4 = n3 * n;
    var ar = a / (1 + n) * (1 + n2 / 4 + n4 / 64);
    var d1 = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360;
    var d2 = n2 / 48 + n3 / 15 - 437 * n4 / 1440;
    var d3 = 17 * n3 / 480 - 37 * n4 / 840;
    var d4 = 4397 * n4 / 161280;
    var q2 = e2 * e2, q3 = q2 * e2, q4 = q3 * e2;
    var as = e2 + q2 + q3 + q4;
    var bs = -(7 * q2 + 17 * q3 + 30 * q4) / 6;
    var cs = (224 * q3 + 889 * q4) / 120;
    var ds = -(4279 * q4) / 1260;

    function ll(east, north) {
        var xi = north / (k0 * ar), eta = (east - fe) / (k0 * ar);
        var xp = xi - d1 * Math.sin(2 * xi) * Math.cosh(2 * eta) - d2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
            - d3 * Math.sin(6 * xi) * Math.cosh(6 * eta) - d4 * Math.sin(8 * xi) * Math.cosh(8 * eta);
        var ep = eta - d1 * Math.cos(2 * xi) * Math.sinh(2 * eta) - d2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
            - d3 * Math.cos(6 * xi) * Math.sinh(6 * eta) - d4 * Math.cos(8 * xi) * Math.sinh(8 * eta);
        var phi = Math.asin(Math.sin(xp) / Math.cosh(ep));
        var lon = lon0 + Math.atan(Math.sinh(ep) / Math.cos(xp));
        var s = Math.sin(phi), s2 = s * s;
        var lat = phi + s * Math.cos(phi) * (as + s2 * (bs + s2 * (cs + s2 * ds)));
        return [lat * 180 / Math.PI, lon * 180 / Math.PI];
    }

    // WGS84 to SWEREF 99 TM (the forward series): which cell the pointer is over.
    var fa = e2, fb = (5 * q2 - q3) / 6, fc = (104 * q3 - 45 * q4) / 120, fd = 1237 * q4 / 1260;
    var b1 = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180;
    var b2 = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440;
    var b3 = 61 * n3 / 240 - 103 * n4 / 140;
    var b4 = 49561 * n4 / 161280;
    function en(lat, lon) {
        var phi = lat * Math.PI / 180, dl = lon * Math.PI / 180 - lon0;
        var s = Math.sin(phi), s2 = s * s;
        var ps = phi - s * Math.cos(phi) * (fa + s2 * (fb + s2 * (fc + s2 * fd)));
        var xp = Math.atan(Math.tan(ps) / Math.cos(dl));
        var ep = Math.atanh(Math.cos(ps) * Math.sin(dl));
        var north = k0 * ar * (xp + b1 * Math.sin(2 * xp) * Math.cosh(2 * ep)
            + b2 * Math.sin(4 * xp) * Math.cosh(4 * ep) + b3 * Math.sin(6 * xp) * Math.cosh(6 * ep)
            + b4 * Math.sin(8 * xp) * Math.cosh(8 * ep));
        var east = fe + k0 * ar * (ep + b1 * Math.cos(2 * xp) * Math.sinh(2 * ep)
            + b2 * Math.cos(4 * xp) * Math.sinh(4 * ep) + b3 * Math.cos(6 * xp) * Math.sinh(6 * ep)
            + b4 * Math.cos(8 * xp) * Math.sinh(8 * ep));
        return [east, north];
    }

    // A ring is [e0, n0, de1, dn1, ...]; a shape is a list of polygons, each a list of rings.
    function ring(flat) {
        var out = [], e = 0, nn = 0;
        for (var i = 0; i + 1 < flat.length; i += 2) {
            e += flat[i];
            nn += flat[i + 1];
            out.push(ll(e, nn));
        }
        return out;
    }
    function shape(polygons) {
        return polygons.map(function (p) { return p.map(ring); });
    }

    function el(tag, cls, text, parent) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        if (parent) { parent.appendChild(node); }
        return node;
    }
    function table(rows, parent) {
        var t = el("table", "", null, parent);
        rows.forEach(function (r) {
            var tr = el("tr", "", null, t);
            el("td", "", r[0], tr);
            el("td", "n", r[1], tr);
        });
        return t;
    }
    function lines(parent, items) {
        items.forEach(function (item, k) {
            if (k > 0) { el("br", "", null, parent); }
            if (typeof item === "string") { parent.appendChild(document.createTextNode(item)); }
            else { el(item[0], "", item[1], parent); }
        });
        return parent;
    }
    function plural(count) { return count + (count === 1 ? " händelse" : " händelser"); }

    // Areas: [name, kommun, facts [label, text, ...], counts [category, n, ...], colour, shape, label
    // point [e, n], fill colour (optional: a kommun's count class, dashboard/map_kommuner.py)]. The name is a marker at its point, centred by CSS: a permanent tooltip would be
    // measured again (a forced layout each) for every area at every move.
    function areaPopup(area, data) {
        var div = el("div", "lb-popup"), categories = data.categories, facts = [];
        lines(div, area[1] ? [["b", area[0]], area[1]] : [["b", area[0]]]);
        for (var f = 0; f + 1 < area[2].length; f += 2) { facts.push([data.facts[area[2][f]], area[2][f + 1]]); }
        table(facts, div);
        if (area[3].length) {
            el("b", "", "Per kategori", div);
            var rows = [];
            for (var i = 0; i + 1 < area[3].length; i += 2) { rows.push([categories[area[3][i]], area[3][i + 1]]); }
            table(rows, div);
        }
        return div;
    }
    function areas(data, base) {
        var group = L.featureGroup();
        data.areas.forEach(function (area) {
            if (!area[5].length) { return; }
            var style = Object.assign({}, base);
            if (area[4]) { style.color = area[4]; style.fillColor = area[4]; }
            if (area[7]) { style.fillColor = area[7]; }
            var layer = L.polygon(shape(area[5]), style);
            layer.bindPopup(function () { return areaPopup(area, data); },
                            {maxWidth: 380, maxHeight: 320});
            group.addLayer(layer);
            if (area[6] && area[6].length === 2) {
                var icon = L.divIcon({html: el("span", "area-label", area[0]), className: "area-label-at",
                                      iconSize: null});
                group.addLayer(L.marker(ll(area[6][0], area[6][1]),
                                        {icon: icon, interactive: false, keyboard: false}));
            }
        });
        return group;
    }

    // Cells: runs [[name index, cells], ...] and g = [de, dn, count, ...] (square: cell indices,
    // circle: metres); the class of a count from the legend's upper bounds. Drawn on a canvas in a
    // pane under the areas that lets the pointer through, so that an area can be clicked anywhere;
    // the pointer's cell is found by projecting it (one tooltip for the layer).
    function cells(data, base, palette, map) {
        if (!map.getPane("lbCells")) {
            var pane = map.createPane("lbCells");
            pane.style.zIndex = 390;
            pane.style.pointerEvents = "none";
        }
        var renderer = L.canvas({padding: 0.5, pane: "lbCells"});
        var group = L.featureGroup();
        var g = data.g, s = data.size, e = 0, nn = 0, k = 0, index = {}, circles = [];
        function colour(count) {
            var i = 0;
            while (i < data.uppers.length && data.uppers[i] < count) { i++; }
            return palette[data.spread[i]];
        }
        data.runs.forEach(function (run) {
            for (var j = 0; j < run[1]; j++, k += 3) {
                e += g[k];
                nn += g[k + 1];
                var count = g[k + 2];
                var style = Object.assign({}, base, {fillColor: colour(count), renderer: renderer,
                                                     interactive: false});
                var layer;
                if (data.shape === "square") {
                    var x = e * s, y = nn * s;
                    layer = L.polygon([ll(x, y), ll(x + s, y), ll(x + s, y + s), ll(x, y + s)], style);
                    (index[e + "," + nn] = index[e + "," + nn] || []).push(layer);
                } else {
                    style.radius = 4 + 14 * Math.sqrt(count / data.top);
                    layer = L.circleMarker(ll(e, nn), style);
                    circles.push(layer);
                }
                layer.lbCell = [count, data.names[run[0]]];
                group.addLayer(layer);
            }
        });
        function under(ev) {
            if (data.shape === "square") {
                var p = en(ev.latlng.lat, ev.latlng.lng);
                return index[Math.floor(p[0] / s) + "," + Math.floor(p[1] / s)] || [];
            }
            var best = null, nearest = Infinity;
            circles.forEach(function (c) {
                var d = map.latLngToContainerPoint(c.getLatLng()).distanceTo(ev.containerPoint);
                if (d <= c.getRadius() && d < nearest) { nearest = d; best = c; }
            });
            return best ? [best] : [];
        }
        var tip = L.tooltip({className: "lb-cell-tip"}), shown = null;
        function move(ev) {
            var found = under(ev);
            if (!found.length) { hide(); return; }
            if (found !== shown) {
                var box = el("div");
                lines(box, found.map(function (c) {
                    return plural(c.lbCell[0]) + (c.lbCell[1] ? " · " + c.lbCell[1] : "");
                }));
                tip.setContent(box);
                shown = found;
            }
            tip.setLatLng(ev.latlng);
            if (!map.hasLayer(tip)) { map.openTooltip(tip); }
        }
        function hide() {
            shown = null;
            if (map.hasLayer(tip)) { map.closeTooltip(tip); }
        }
        group.on("add", function () { map.on("mousemove", move).on("mouseout", hide); });
        group.on("remove", function () { map.off("mousemove", move).off("mouseout", hide); hide(); });
        return group;
    }

    // Hotspots: [class, count, label, trend, cell e, cell n, shape or null (the whole cell)].
    function hotspots(data, base) {
        var group = L.featureGroup();
        data.cells.forEach(function (c) {
            var s = data.size, x = c[4] * s, y = c[5] * s;
            var where = c[6] ? shape(c[6]) : [ll(x, y), ll(x + s, y), ll(x + s, y + s), ll(x, y + s)];
            var colour = data.colours[c[0]];
            var layer = L.polygon(where, Object.assign({}, base, {color: colour}));
            layer.bindTooltip(function () {
                var items = [["b", data.classes[c[0]]]];
                if (c[2]) { items.push(c[2]); }
                items.push(plural(c[1]) + " i rutan");
                if (c[3]) { items.push("Utveckling under perioden: " + c[3]); }
                return lines(el("div"), items);
            }, {sticky: true});
            group.addLayer(layer);
        });
        return group;
    }

    // Points (internal view): [east, north, category, when, area, place, source, description].
    function points(data, base) {
        var group = L.featureGroup();
        data.points.forEach(function (p) {
            var layer = L.circleMarker(ll(p[0], p[1]), Object.assign({}, base));
            layer.bindTooltip(el("span", "", p[2]), {sticky: true});
            layer.bindPopup(function () {
                var items = [["b", p[2]], p[3] || ""];
                [["Område", p[4]], ["Plats", p[5]], ["Källa", p[6]]].forEach(function (f) {
                    if (f[1]) { items.push(f[0] + ": " + f[1]); }
                });
                if (p[7]) { items.push(["i", p[7]]); }
                return lines(el("div", "lb-popup"), items);
            }, {maxWidth: 380, maxHeight: 320});
            group.addLayer(layer);
        });
        return group;
    }

    return {ll: ll, en: en, shape: shape, el: el, areas: areas, cells: cells, hotspots: hotspots, points: points};
})();
