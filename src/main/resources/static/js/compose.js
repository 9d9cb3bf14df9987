// The compose page without round trips where the browser can help: the type select applies
// itself, the title/text boxes follow the block kind, and an optional live preview.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('compose-form');
  if (!form) { return; }

  document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      document.getElementById(select.getAttribute('data-autosubmit')).click();
    });
  });

  document.querySelectorAll('select.block-kind').forEach(function (select) {
    select.addEventListener('change', function () {
      var row = select.closest('.outline-row');
      row.className = row.className.replace(/\bkind-\S+/, 'kind-' + select.value);
    });
  });

  var live = document.getElementById('live-preview');
  var label = document.getElementById('live-preview-label');
  if (!live || !window.fetch) { return; }
  label.hidden = false;
  var timer = null;
  var running = false;
  function refresh() {
    if (running) { timer = setTimeout(refresh, 800); return; }
    running = true;
    // URL-encoded like the form itself: a multipart body would have a part per field.
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'preview');
    fetch(form.getAttribute('data-preview-url'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html) {
          var panel = document.getElementById('preview-panel');
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#preview-panel');
          if (panel && fresh) { panel.replaceWith(fresh); }
        }
      })
      .finally(function () { running = false; });
  }
  function schedule() {
    if (!live.checked) { return; }
    clearTimeout(timer);
    timer = setTimeout(refresh, 1500);
  }
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  live.addEventListener('change', function () { if (live.checked) { refresh(); } });
});
