/* Universo Platformo: builds an A-Frame scene from the scene document embedded in the page. */
(function () {
  'use strict';
  var scene = JSON.parse(document.getElementById('universo-scene').textContent);
  var settings = JSON.parse(document.getElementById('universo-settings').textContent);
  var shape = window.UniversoAframe.shape;
  function v(a) { return { x: a[0], y: a[1], z: a[2] }; }
  function el(tag, attrs, parent) {
    var e = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    parent.appendChild(e);
    return e;
  }
  /* Degrees that turn an A-Frame camera (looking down -Z) from p towards t. */
  function aim(p, t) {
    var dx = t[0] - p[0], dy = t[1] - p[1], dz = t[2] - p[2];
    var yaw = Math.atan2(-dx, -dz) * 180 / Math.PI;
    var pitch = Math.atan2(dy, Math.sqrt(dx * dx + dz * dz)) * 180 / Math.PI;
    return { x: pitch, y: yaw, z: 0 };
  }

  /* Scene components are read once when the scene starts: set them as strings before it is attached. */
  var root = document.createElement('a-scene');
  root.setAttribute('renderer', 'antialias: ' + (settings.antialias !== false));
  root.setAttribute('background', 'color: ' + (settings.background || scene.background));
  root.setAttribute('vr-mode-ui', 'enabled: ' + (settings.vrButton !== false));
  if (settings.stats) { root.setAttribute('stats', ''); }
  if (scene.fog) {
    root.setAttribute('fog', 'type: exponential; color: ' + scene.fog.color + '; density: ' + scene.fog.density * 0.05);
  }
  document.body.appendChild(root);

  var cam = scene.camera;
  var rig = el('a-entity', {}, root);
  rig.setAttribute('position', v(cam.position));
  var camera = el('a-entity', {}, rig);
  camera.setAttribute('camera', { fov: cam.fov || 60, near: cam.near || 0.1, far: cam.far || 1000 });
  camera.setAttribute('look-controls', { enabled: false });
  camera.setAttribute('rotation', cam.lookAt ? aim(cam.position, cam.lookAt) : v(cam.rotation || [0, 0, 0]));
  if (settings.movement === 'wasd') { rig.setAttribute('wasd-controls', { acceleration: 200 }); }

  var ambient = scene.lights.some(function (l) { return l.type === 'ambient' || l.type === 'hemisphere'; });
  if (!ambient) { el('a-entity', {}, root).setAttribute('light', { type: 'ambient', color: '#ffffff', intensity: 0.35 }); }
  scene.lights.forEach(function (l) {
    var light = el('a-entity', {}, root);
    light.setAttribute('light', { type: l.type, color: l.color, intensity: l.intensity });
    light.setAttribute('position', v(l.position));
  });

  var entities = {};
  scene.entities.forEach(function (e) {
    var entity = el('a-entity', {}, root);
    shape(entity, e);
    entity.setAttribute('position', v(e.position));
    entity.setAttribute('rotation', v(e.rotation));
    entity.setAttribute('scale', v(e.scale));
    entity.setAttribute('data-universo-id', e.id);
    entities[e.id] = entity;
  });

  /* Contributed scripts find the scene and the entities here. */
  window.UNIVERSO_APP = { scene: scene, sceneEl: root, entities: entities, camera: camera };
})();
