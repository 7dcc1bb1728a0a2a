/* Universo Platformo: runs a scene document (scene.json, embedded in the page) on the PlayCanvas engine. */
(function () {
  'use strict';
  var scene = JSON.parse(document.getElementById('universo-scene').textContent);
  var settings = JSON.parse(document.getElementById('universo-settings').textContent);
  var canvas = document.getElementById('universo-app');
  var app = new pc.Application(canvas, { graphicsDeviceOptions: { antialias: settings.antialias !== false } });
  app.setCanvasFillMode(pc['FILLMODE_' + settings.fillMode] || pc.FILLMODE_FILL_WINDOW);
  app.setCanvasResolution(pc.RESOLUTION_AUTO);
  window.addEventListener('resize', function () { app.resizeCanvas(); });

  function color(hex, fallback) {
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || '') ||
      /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex || '');
    if (!m) { return fallback || new pc.Color(1, 1, 1); }
    var c = [m[1], m[2], m[3]].map(function (h) { return parseInt(h.length === 1 ? h + h : h, 16) / 255; });
    return new pc.Color(c[0], c[1], c[2]);
  }
  var shapes = { box: 'box', sphere: 'sphere', cylinder: 'cylinder', cone: 'cone', torus: 'torus',
    capsule: 'capsule', plane: 'plane' };

  var cam = scene.camera;
  var camera = new pc.Entity('camera');
  camera.addComponent('camera', { clearColor: color(settings.clearColor || scene.background, new pc.Color(0, 0, 0)),
    fov: cam.fov || 60, nearClip: cam.near || 0.1, farClip: cam.far || 1000 });
  camera.setPosition(cam.position[0], cam.position[1], cam.position[2]);
  if (cam.lookAt) { camera.lookAt(cam.lookAt[0], cam.lookAt[1], cam.lookAt[2]); }
  else if (cam.rotation) { camera.setEulerAngles(cam.rotation[0], cam.rotation[1], cam.rotation[2]); }
  app.root.addChild(camera);

  var ambient = typeof settings.ambientLight === 'number' ? settings.ambientLight : 0.25;
  app.scene.ambientLight = new pc.Color(ambient, ambient, ambient);
  scene.lights.forEach(function (l) {
    if (l.type === 'ambient' || l.type === 'hemisphere') {
      var a = color(l.color);
      app.scene.ambientLight = new pc.Color(a.r * l.intensity, a.g * l.intensity, a.b * l.intensity);
      return;
    }
    var light = new pc.Entity('light');
    light.addComponent('light', { type: l.type === 'point' || l.type === 'spot' ? l.type : 'directional',
      color: color(l.color), intensity: l.intensity, range: 1000 });
    light.setPosition(l.position[0], l.position[1], l.position[2]);
    light.lookAt(0, 0, 0);
    /* A PlayCanvas light shines along its -Y axis: turn the -Z that lookAt aimed onto it, so it lights what it faces. */
    if (light.light.type !== 'point') { light.rotateLocal(90, 0, 0); }
    app.root.addChild(light);
  });

  var entities = {};
  scene.entities.forEach(function (e) {
    var entity = new pc.Entity(e.name);
    var material = new pc.StandardMaterial();
    material.diffuse = color(e.color);
    material.update();
    entity.addComponent('render', { type: shapes[e.primitive] || 'box', material: material });
    entity.setLocalPosition(e.position[0], e.position[1], e.position[2]);
    entity.setLocalEulerAngles(e.rotation[0], e.rotation[1], e.rotation[2]);
    entity.setLocalScale(e.scale[0], e.scale[1], e.scale[2]);
    app.root.addChild(entity);
    entities[e.id] = entity;
  });

  if (settings.cameraControls === 'orbit' && cam.lookAt) {
    var target = new pc.Vec3(cam.lookAt[0], cam.lookAt[1], cam.lookAt[2]);
    var offset = camera.getPosition().clone().sub(target);
    var angle = 0;
    app.on('update', function (dt) {
      angle += dt * 6;
      var q = new pc.Quat().setFromEulerAngles(0, angle, 0);
      camera.setPosition(q.transformVector(offset, new pc.Vec3()).add(target));
      camera.lookAt(target);
    });
  }

  /* Contributed scripts find the running app and the entities here. */
  window.UNIVERSO_APP = { app: app, scene: scene, entities: entities, camera: camera };
  app.start();
})();
