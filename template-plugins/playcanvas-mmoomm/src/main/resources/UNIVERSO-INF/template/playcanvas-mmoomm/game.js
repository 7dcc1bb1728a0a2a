/*
 * Universo MMOOMM: the sector of the scene document on PlayCanvas, the player's ship (the entity tagged "player")
 * flown with the keyboard, firing, mining at asteroids, trading at stations, jumps at gates, and a HUD.
 * window.UNIVERSO_GAME exposes the state and the actions for contributed scripts. Without a server this is an
 * offline preview, labelled so, whose actions are simulated here; in multiplayer mode the contributed runtime
 * (universo-playcanvas.js) sets game.remote and game.net, and every action is asked of the server, which decides it
 * and whose answers the HUD shows.
 */
(function () {
  'use strict';
  var doc = JSON.parse(document.getElementById('universo-scene').textContent);
  var settings = JSON.parse(document.getElementById('universo-settings').textContent);
  var canvas = document.getElementById('universo-app');
  var app = new pc.Application(canvas, { keyboard: new pc.Keyboard(window) });
  app.setCanvasFillMode(pc.FILLMODE_FILL_WINDOW);
  app.setCanvasResolution(pc.RESOLUTION_AUTO);
  window.addEventListener('resize', function () { app.resizeCanvas(); });

  var GREY = new pc.Color(0.8, 0.8, 0.8);
  function color(hex) { return window.UniversoPlayCanvas.color(hex, GREY); }
  function component(e, type) {
    return (e.components || []).filter(function (c) { return c.type === type; })[0];
  }
  var shapes = { box: 'box', sphere: 'sphere', cylinder: 'cylinder', cone: 'cone', torus: 'torus', capsule: 'capsule' };

  var camera = new pc.Entity('camera');
  camera.addComponent('camera', { clearColor: color(doc.background), farClip: 20000, fov: 60 });
  app.root.addChild(camera);
  /* The creator's lights (the scene document always has one), as every PlayCanvas template draws them. */
  app.scene.ambientLight = new pc.Color(0.3, 0.3, 0.35);
  window.UniversoPlayCanvas.lights(app, doc.lights, 20000);

  var bodies = [];
  var player = null;
  doc.entities.forEach(function (e) {
    var entity = new pc.Entity(e.name);
    var material = new pc.StandardMaterial();
    material.diffuse = color(e.color);
    material.update();
    entity.addComponent('render', { type: shapes[e.primitive] || 'box', material: material });
    entity.setLocalPosition(e.position[0], e.position[1], e.position[2]);
    entity.setLocalEulerAngles(e.rotation[0], e.rotation[1], e.rotation[2]);
    entity.setLocalScale(e.scale[0], e.scale[1], e.scale[2]);
    app.root.addChild(entity);
    var body = { doc: e, entity: entity, radius: Math.max(e.scale[0], e.scale[1], e.scale[2]) / 2 };
    bodies.push(body);
    if (!player && ((e.tags || []).indexOf('player') >= 0 || e.kind === 'player')) { player = body; }
  });
  if (!player) { player = bodies.filter(function (b) { return b.doc.kind === 'ship'; })[0] || null; }

  var hold = player && component(player.doc, 'inventory');
  var state = { mode: 'Offline preview', world: doc.title, hull: 100, shield: null, target: null, cargo: hold ? hold.currentLoad || 0 : 0,
    capacity: hold ? hold.maxCapacity || 20 : 20, inmo: settings.startingInmo || 0, speed: 0, jumpedTo: null };

  function near(type) {
    if (!player) { return null; }
    var p = player.entity.getPosition();
    var best = null;
    bodies.forEach(function (b) {
      var c = component(b.doc, type);
      if (!c || b === player) { return; }
      var d = b.entity.getPosition().distance(p) - b.radius - player.radius;
      if (d <= (c.interactionRange || 8) && (!best || d < best.d)) { best = { body: b, c: c, d: d }; }
    });
    return best;
  }
  var game = {
    state: state, app: app, bodies: bodies, player: player,
    /* Puts the ship next to the nearest entity of a kind, e.g. game.moveTo('asteroid'). */
    moveTo: function (kind) {
      var target = bodies.filter(function (b) { return b.doc.kind === kind && b !== player; })[0];
      if (target && player) {
        var t = target.entity.getPosition();
        player.entity.setPosition(t.x, t.y, t.z - target.radius - player.radius - 2);
      }
      return !!target;
    },
    mine: function () {
      if (game.net) { return game.net.mine(); }
      var m = near('mineable');
      if (!m) { return hint('No asteroid in range'); }
      var amount = Math.min(m.c.maxYield || 1, state.capacity - state.cargo);
      if (amount <= 0) { return hint('The hold is full: sell at a station'); }
      state.cargo = Math.round((state.cargo + amount) * 100) / 100;
      return hint('Mined ' + amount + ' m³ of ' + (m.c.resourceType || 'ore'));
    },
    trade: function () {
      if (game.net) { return game.net.trade(); }
      var s = near('trading');
      if (!s) { return hint('No station in range'); }
      if (state.cargo <= 0) { return hint('Nothing to sell'); }
      var earned = Math.round(state.cargo * (s.c.pricePerTon || 10));
      state.inmo += earned;
      state.cargo = 0;
      return hint('Sold the cargo for ' + earned + ' Inmo at ' + s.body.doc.name);
    },
    fire: function () {
      if (game.net) { return game.net.fire(); }
      return hint('Offline preview: weapons fire when you play online');
    },
    target: function () {
      if (game.net) { return game.net.target(); }
      return hint('Offline preview: targets lock when you play online');
    },
    jump: function () {
      if (game.net) { return game.net.jump(); }
      var g = near('portal');
      if (!g) { return hint('No gate in range'); }
      state.jumpedTo = g.c.targetWorld || 'unknown';
      return hint('Jump to ' + state.jumpedTo + ' (worlds open in multiplayer)');
    }
  };
  window.UNIVERSO_GAME = game;

  var hintEl = document.getElementById('hud-hint');
  function hint(text) { hintEl.textContent = text; return text; }
  game.hint = hint;
  function hud() {
    document.getElementById('hud-mode').textContent = state.mode;
    document.getElementById('hud-world').textContent = state.world;
    document.getElementById('hud-hull').textContent = state.hull + ' %';
    document.getElementById('hud-shield').textContent = state.shield === null ? '—' : state.shield + ' %';
    document.getElementById('hud-target').textContent = !state.target ? '—' : 'shield '
      + (state.target.shield === null ? '—' : state.target.shield + ' %') + ' · hull ' + state.target.hull + ' %';
    document.getElementById('hud-cargo').textContent = state.cargo + ' / ' + state.capacity + ' m³';
    document.getElementById('hud-inmo').textContent = String(state.inmo);
  }
  document.getElementById('hud-help').hidden = settings.showHelp === false;
  window.addEventListener('keydown', function (e) {
    if (e.key === 'm' || e.key === 'M') { game.mine(); }
    if (e.key === 't' || e.key === 'T') { game.trade(); }
    if (e.key === 'j' || e.key === 'J') { game.jump(); }
    if (e.key === ' ') { e.preventDefault(); game.fire(); }
    if (e.key === 'Tab') { e.preventDefault(); game.target(); }
  });
  canvas.addEventListener('mousedown', function () { game.fire(); });
  // one finger fires, two lock the next target
  canvas.addEventListener('touchstart', function (e) {
    e.preventDefault();
    if (e.touches.length >= 2) { game.target(); } else { game.fire(); }
  }, { passive: false });

  var top = settings.shipSpeed || 60;
  app.on('update', function (dt) {
    if (player && !game.remote) {
      var k = app.keyboard;
      if (k.isPressed(pc.KEY_W) || k.isPressed(pc.KEY_UP)) { state.speed = Math.min(top, state.speed + top * dt); }
      if (k.isPressed(pc.KEY_S) || k.isPressed(pc.KEY_DOWN)) { state.speed = Math.max(0, state.speed - top * dt); }
      if (k.isPressed(pc.KEY_A) || k.isPressed(pc.KEY_LEFT)) { player.entity.rotate(0, 60 * dt, 0); }
      if (k.isPressed(pc.KEY_D) || k.isPressed(pc.KEY_RIGHT)) { player.entity.rotate(0, -60 * dt, 0); }
      player.entity.translateLocal(0, 0, -state.speed * dt);
    }
    if (player) {
      var p = player.entity.getPosition();
      var back = player.entity.forward.clone().mulScalar(-6 * Math.max(1, player.radius));
      camera.setPosition(p.x + back.x, p.y + 3 * Math.max(1, player.radius), p.z + back.z);
      camera.lookAt(p);
    }
    hud();
  });
  if (!player) {
    var cam = doc.camera;
    camera.setPosition(cam.position[0], cam.position[1], cam.position[2]);
    if (cam.lookAt) { camera.lookAt(cam.lookAt[0], cam.lookAt[1], cam.lookAt[2]); }
  }
  if (settings.mode === 'multi') {
    hint('Multiplayer: joining the room...');
  }
  hud();
  app.start();
})();
