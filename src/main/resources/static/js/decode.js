// Niceties for the decoder page. The page works without this file: the form posts, exports download.
// Pasted text only ever goes into form fields and the clipboard, never into innerHTML.
(function () {
  'use strict';
  var form = document.getElementById('decode-form');
  var area = document.getElementById('message');
  if (!form || !area) { return; }
  var status = document.getElementById('action-status');
  function say(text) { if (status) { status.textContent = text; } }

  area.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  });

  function toBase64Url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    var b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) { out[i] = b.charCodeAt(i); }
    return out;
  }
  function pipe(bytes, transform) {
    return new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer()
      .then(function (buf) { return new Uint8Array(buf); });
  }
  var canCompress = 'CompressionStream' in window && 'DecompressionStream' in window;

  var share = document.getElementById('share');
  if (share && canCompress) {
    share.hidden = false;
    share.addEventListener('click', function () {
      pipe(new TextEncoder().encode(area.value), new CompressionStream('deflate-raw')).then(function (z) {
        var url = location.origin + location.pathname + '#z=' + toBase64Url(z);
        var field = document.getElementById('share-url');
        field.value = url;
        field.hidden = false;
        document.getElementById('share-help').hidden = false;
        field.select();
        if (navigator.clipboard) {
          navigator.clipboard.writeText(url).then(function () { say('Share link copied.'); },
            function () { say('Share link ready: copy it from the field.'); });
        } else { say('Share link ready: copy it from the field.'); }
      });
    });
  }

  // Opening a share link: decompress the fragment into the form and decode it (once).
  if (canCompress && location.hash.indexOf('#z=') === 0 && !document.getElementById('result')) {
    try {
      pipe(fromBase64Url(location.hash.substring(3)), new DecompressionStream('deflate-raw')).then(function (bytes) {
        area.value = new TextDecoder().decode(bytes);
        history.replaceState(null, '', location.pathname);
        form.submit();
      }, function () { say('This share link is damaged: its text could not be decompressed.'); });
    } catch (e) { say('This share link is damaged: its text could not be read.'); }
  }

  var copyJson = document.getElementById('copy-json');
  if (copyJson && window.fetch && navigator.clipboard) {
    copyJson.hidden = false;
    copyJson.addEventListener('click', function () {
      fetch(form.getAttribute('action').replace(/\/decode$/, '/api/decode'), {
        method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: area.value
      }).then(function (r) { return r.text(); })
        .then(function (json) { return navigator.clipboard.writeText(json); })
        .then(function () { say('JSON copied.'); }, function () { say('Could not copy the JSON.'); });
    });
  }
}());
