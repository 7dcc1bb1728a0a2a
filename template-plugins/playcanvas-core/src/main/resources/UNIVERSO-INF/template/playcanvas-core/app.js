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

  var color = window.UniversoPlayCanvas.color;
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
  window.UniversoPlayCanvas.lights(app, scene.lights, 1000);

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
