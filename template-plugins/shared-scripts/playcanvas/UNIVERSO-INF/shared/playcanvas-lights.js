/* Universo Platformo: the creator's lights in the PlayCanvas templates (playcanvas-core, playcanvas-mmoomm). */
(function () {
  'use strict';
  /* #rrggbb or #rgb as a colour; {@code fallback} (else white) for anything else. */
  function color(hex, fallback) {
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || '') ||
      /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex || '');
    if (!m) { return fallback || new pc.Color(1, 1, 1); }
    var c = [m[1], m[2], m[3]].map(function (h) { return parseInt(h.length === 1 ? h + h : h, 16) / 255; });
    return new pc.Color(c[0], c[1], c[2]);
  }
  /*
   * An ambient or hemisphere light sets the scene's ambient colour; the others become light entities aimed at the
   * origin. A PlayCanvas light shines along its -Y axis: the -Z that lookAt aimed is turned onto it, so it lights what
   * it faces. {@code range} is how far point and spot lights reach.
   */
  function lights(app, list, range) {
    list.forEach(function (l) {
      if (l.type === 'ambient' || l.type === 'hemisphere') {
        var a = color(l.color);
        app.scene.ambientLight = new pc.Color(a.r * l.intensity, a.g * l.intensity, a.b * l.intensity);
        return;
      }
      var light = new pc.Entity('light');
      light.addComponent('light', { type: l.type === 'point' || l.type === 'spot' ? l.type : 'directional',
        color: color(l.color), intensity: l.intensity, range: range });
      light.setPosition(l.position[0], l.position[1], l.position[2]);
      light.lookAt(0, 0, 0);
      if (light.light.type !== 'point') { light.rotateLocal(90, 0, 0); }
      app.root.addChild(light);
    });
  }
  window.UniversoPlayCanvas = { color: color, lights: lights };
})();
