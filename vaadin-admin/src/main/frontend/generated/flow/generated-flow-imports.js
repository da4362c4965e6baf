import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '2cd5e6688f2f9768947ad2ed9730505032e9b67d7892f46767b385a59dd1b782') {
    pending.push(import('./chunks/chunk-8cb881df6256c64fa5dd2a0476aee0763c0433b9e1cc7d39df17f24f24aa9e54.js'));
  }
  if (key === '471be4360cf924e469dec8852604c71faa40f0de985ffc357c3ce5271abbb32d') {
    pending.push(import('./chunks/chunk-b18ac738d1fb2932be7a615d6cc6bb8562ba1af7f5fd58a8e93e0cdb00a86ea7.js'));
  }
  if (key === '8f638838ff39aa28056f2786150f994c75eadd60cce3f1bbcd56788369fade14') {
    pending.push(import('./chunks/chunk-8cb881df6256c64fa5dd2a0476aee0763c0433b9e1cc7d39df17f24f24aa9e54.js'));
  }
  if (key === '759720c2b0292a9812a58f07ad34f64e820a48116e1784e44a1451671d4a4d37') {
    pending.push(import('./chunks/chunk-0a9f4e47430b03d9b86cf5d8a801f711d5c7b1c0e96996fb3b01f1b94f19685c.js'));
  }
  if (key === '15eca585f29c39a5e605a645fe05543804eb4328c39a0609f0fee35fb9cd65f3') {
    pending.push(import('./chunks/chunk-1b519199109620099cde62cefe784549ff83bc1de220a472e93702792e2e3915.js'));
  }
  if (key === '231a48f426c4422d312565f59ea7806d07dc03da966cd4e10eac1be1ef8d5efa') {
    pending.push(import('./chunks/chunk-9091a0e210074a3d7bb478f521eef2c986d83edf63b79ac160a93cee24d41698.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}