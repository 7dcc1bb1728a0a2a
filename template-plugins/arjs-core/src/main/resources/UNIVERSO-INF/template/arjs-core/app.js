/* Universo Platformo: an AR.js (marker) or wallpaper scene on A-Frame from the embedded scene document, and its quiz. */
(function () {
  'use strict';
  var scene = JSON.parse(document.getElementById('universo-scene').textContent);
  var settings = JSON.parse(document.getElementById('universo-settings').textContent);
  var marker = settings.mode !== 'wallpaper';
  var shape = window.UniversoAframe.shape;
  var entities = {};
  function v(a) { return { x: a[0], y: a[1], z: a[2] }; }
  function el(tag, parent) { var e = document.createElement(tag); parent.appendChild(e); return e; }
  /* Degrees that turn an A-Frame camera (looking down -Z) from p towards t. */
  function aim(p, t) {
    var dx = t[0] - p[0], dy = t[1] - p[1], dz = t[2] - p[2];
    return { x: Math.atan2(dy, Math.sqrt(dx * dx + dz * dz)) * 180 / Math.PI, y: Math.atan2(-dx, -dz) * 180 / Math.PI, z: 0 };
  }

  function build() {
    /* Scene components are read once when the scene starts: set them before it is attached. */
    var root = document.createElement('a-scene');
    root.setAttribute('vr-mode-ui', 'enabled: false');
    root.setAttribute('renderer', 'antialias: true; alpha: ' + marker);
    var holder;
    if (marker) {
      root.setAttribute('embedded', '');
      root.setAttribute('arjs', 'sourceType: webcam; debugUIEnabled: false; detectionMode: mono; ' +
        'cameraParametersUrl: engine/artoolkit/camera_para.dat');
      document.body.appendChild(root);
      holder = el('a-marker', root);
      holder.setAttribute('type', 'pattern');
      holder.setAttribute('url', 'engine/artoolkit/patt.hiro');
      el('a-entity', root).setAttribute('camera', '');
    } else {
      root.setAttribute('background', 'color: ' + (settings.wallpaper || scene.background));
      document.body.appendChild(root);
      /* Without a marker the scene stands where the creator drew it, seen from the scene's camera. */
      holder = root;
      var cam = scene.camera;
      var camera = el('a-entity', root);
      camera.setAttribute('camera', { fov: cam.fov || 60, near: cam.near || 0.1, far: cam.far || 1000 });
      camera.setAttribute('look-controls', { enabled: false });
      camera.setAttribute('wasd-controls', { enabled: false });
      camera.setAttribute('position', v(cam.position));
      camera.setAttribute('rotation', cam.lookAt ? aim(cam.position, cam.lookAt) : v(cam.rotation || [0, 0, 0]));
    }
    el('a-entity', root).setAttribute('light', { type: 'ambient', color: '#ffffff', intensity: 0.5 });
    scene.lights.forEach(function (l) {
      var light = el('a-entity', root);
      light.setAttribute('light', { type: l.type, color: l.color, intensity: l.intensity });
      light.setAttribute('position', v(l.position));
    });
    scene.entities.forEach(function (e) {
      var entity = el('a-entity', holder);
      shape(entity, e);
      entity.setAttribute('position', v(e.position));
      entity.setAttribute('rotation', v(e.rotation));
      entity.setAttribute('scale', v(e.scale));
      entities[e.id] = entity;
    });
    window.UNIVERSO_APP = { scene: scene, sceneEl: root, entities: entities, marker: marker };
    if (scene.quiz && window.UniversoQuiz) {
      window.UniversoQuiz(scene.quiz, settings, window.UNIVERSO.spaceId, function (q, a) {
        (a ? a.objects : []).forEach(function (id) {
          if (entities[id]) { entities[id].setAttribute('animation', 'property: scale; dir: alternate; dur: 300; loop: 2; to: 1.3 1.3 1.3'); }
        });
      });
    }
  }

  if (marker) {
    var ar = document.createElement('script');
    ar.src = 'engine/aframe-ar.js';
    ar.onload = build;
    document.head.appendChild(ar);
  } else {
    build();
  }
})();
